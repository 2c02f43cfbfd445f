import { describe, expect, it } from 'vitest';
import { hashSecret, newSecret, splitCredential } from '../../kernel/secrets.ts';
import { hashPassword, verifyPassword } from './password.ts';

describe('credentials', () => {
  it('splits "<workspace>.<secret>" and refuses anything else', () => {
    const secret = newSecret();
    const workspaceId = '3f2b8c1e-7d4a-4b9e-8f10-123456789abc';
    expect(splitCredential(`${workspaceId}.${secret}`)).toEqual({ workspaceId, secret });
    expect(splitCredential(secret)).toBeUndefined();
    expect(splitCredential(`not-a-uuid.${secret}`)).toBeUndefined();
    expect(splitCredential(`${workspaceId}.short`)).toBeUndefined();
  });
  it('stores only a hash of a secret', () => {
    const secret = newSecret();
    expect(hashSecret(secret)).not.toContain(secret);
    expect(hashSecret(secret)).toBe(hashSecret(secret));
  });
});

describe('passwords', () => {
  it('verifies the right password only, with a salted hash', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});
