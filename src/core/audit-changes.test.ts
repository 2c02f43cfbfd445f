import { describe, expect, it } from 'vitest';
import { auditChanges } from './audit-changes.ts';

describe('auditChanges', () => {
  it('lists only changed fields, before and after', () => {
    expect(auditChanges({ name: 'A', city: 'Delft' }, { name: 'B', city: 'Delft' })).toEqual({
      name: ['A', 'B'],
    });
  });
  it('records a creation as null → value', () => {
    expect(auditChanges(undefined, { name: 'A', notes: null })).toEqual({ name: [null, 'A'] });
  });
  it('treats undefined and null alike', () => {
    expect(auditChanges({ notes: null }, { notes: undefined })).toEqual({});
  });
});
