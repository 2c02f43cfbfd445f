// The demo firm, generated: the same seed and size give the same rows, ids included. The
// organisations come in batches, so a firm of a million is never held in memory at once.
import { createHash } from 'node:crypto';
import { demoUsers, demoWorkspace, type UserRow, type WorkspaceRow } from './firm.ts';
import {
  demoOrganization,
  type ContactRow,
  type OrganizationContext,
  type OrganizationRow,
  type Staff,
} from './organization.ts';
import { Random } from './random.ts';
import { demoRevenue, type AssignmentRow, type RevenueLineRow } from './revenue.ts';

export type DemoOptions = { seed: number; organizations: number };

export type DemoBatch = {
  organizations: OrganizationRow[];
  contacts: ContactRow[];
  assignments: AssignmentRow[];
  revenueLines: RevenueLineRow[];
};

export type DemoFirm = {
  workspace: WorkspaceRow;
  users: UserRow[];
  /** The organisations with their contacts and history, `size` organisations at a time. */
  batches: (size?: number) => Generator<DemoBatch>;
};

export const demoLimits = { organizations: { min: 1, max: 1_000_000 } } as const;

export function demoFirm(options: DemoOptions): DemoFirm {
  const { seed, organizations } = options;
  if (!Number.isSafeInteger(seed)) throw new Error('the seed must be a whole number');
  if (
    !Number.isInteger(organizations) ||
    organizations < demoLimits.organizations.min ||
    organizations > demoLimits.organizations.max
  )
    throw new Error('the number of organisations must be 1–1,000,000');
  const workspace = demoWorkspace(seed);
  const users = demoUsers(seed, workspace.workspaceId);
  const idsOf = (...roles: string[]) =>
    users.filter((user) => roles.includes(user.role)).map((user) => user.id);
  const staff: Staff = {
    partners: idsOf('owner', 'partner'),
    managers: idsOf('manager'),
    professionals: idsOf('professional'),
  };

  function* batches(size = 1_000): Generator<DemoBatch> {
    const organizationContext: OrganizationContext = {
      seed,
      workspaceId: workspace.workspaceId,
      staff,
      kvkOffset: new Random(`${seed}:kvk`).int(0, 89_999_999),
      takenNames: new Set(),
      referrers: [],
    };
    const revenueContext = {
      seed,
      workspaceId: workspace.workspaceId,
      staff,
      invoiceCounters: new Map<number, number>(),
    };
    for (let from = 0; from < organizations; from += size) {
      const batch: DemoBatch = {
        organizations: [],
        contacts: [],
        assignments: [],
        revenueLines: [],
      };
      for (let index = from; index < Math.min(organizations, from + size); index++) {
        const organization = demoOrganization(organizationContext, index);
        const revenue = demoRevenue(revenueContext, index, organization);
        batch.organizations.push(organization.row);
        batch.contacts.push(...organization.contacts);
        batch.assignments.push(...revenue.assignments);
        batch.revenueLines.push(...revenue.revenueLines);
      }
      yield batch;
    }
  }

  return { workspace, users, batches };
}

/** SHA-256 over every generated row, in order: equal digests mean byte-identical firms. */
export function demoDigest(options: DemoOptions): string {
  const hash = createHash('sha256');
  const firm = demoFirm(options);
  hash.update(JSON.stringify(firm.workspace));
  hash.update(JSON.stringify(firm.users));
  for (const batch of firm.batches()) hash.update(JSON.stringify(batch));
  return hash.digest('hex');
}
