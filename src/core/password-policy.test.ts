import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

describe('passwordProblem', () => {
  it('accepts 8 to 128 characters of any kind', () => {
    expect(passwordProblem('abcdefgh')).toBeUndefined();
    expect(passwordProblem('x'.repeat(128))).toBeUndefined();
    expect(passwordProblem('🔑'.repeat(8))).toBeUndefined();
  });
  it('rejects shorter and longer', () => {
    expect(passwordProblem('abcdefg')).toBe('too_short');
    expect(passwordProblem('x'.repeat(129))).toBe('too_long');
  });
});
