import { describe, expect, it } from 'vitest';
import { can, roles } from './roles.ts';

describe('can', () => {
  it('lets only the owner manage users and the workspace', () => {
    expect(roles.filter((role) => can(role, 'users.manage'))).toEqual(['owner']);
    expect(roles.filter((role) => can(role, 'workspace.manage'))).toEqual(['owner']);
  });
  it('lets every role read records and keeps viewers from writing', () => {
    expect(roles.every((role) => can(role, 'records.read'))).toBe(true);
    expect(can('viewer', 'records.write')).toBe(false);
    expect(can('professional', 'records.write')).toBe(true);
    expect(can('professional', 'records.archive')).toBe(false);
  });
});
