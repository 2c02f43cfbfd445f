/** The roles a professional can have in a workspace, most to least rights. */
export const roles = ['owner', 'partner', 'manager', 'professional', 'viewer'] as const;
export type Role = (typeof roles)[number];

/** What a route needs; every route declares one (checked in one place, server/authorize.ts). */
export type Permission =
  | 'records.read'
  | 'records.write'
  | 'records.archive'
  | 'users.read'
  | 'users.manage'
  | 'workspace.manage'
  /** Criteria, weights, category schemes, classifications and categories set by hand. */
  | 'categories.manage'
  | 'self';

const grants: Record<Role, readonly Permission[]> = {
  owner: [
    'records.read',
    'records.write',
    'records.archive',
    'users.read',
    'users.manage',
    'workspace.manage',
    'categories.manage',
    'self',
  ],
  partner: [
    'records.read',
    'records.write',
    'records.archive',
    'users.read',
    'categories.manage',
    'self',
  ],
  manager: [
    'records.read',
    'records.write',
    'records.archive',
    'users.read',
    'categories.manage',
    'self',
  ],
  professional: ['records.read', 'records.write', 'users.read', 'self'],
  viewer: ['records.read', 'users.read', 'self'],
};

/** Whether a role holds a permission. */
export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
