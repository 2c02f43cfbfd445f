// The types organisations and their contacts share while a firm is generated; apart so that
// the contacts do not import the organisations that import them.
import type { organizations } from '../db/schema.ts';

export type OrganizationRow = typeof organizations.$inferSelect;

/** Who can look after a client: user ids by role (the owner counts as a partner). */
export type Staff = { partners: string[]; managers: string[]; professionals: string[] };

/** What organisations share while a firm is generated: names in use, possible referrers. */
export type OrganizationContext = {
  seed: number;
  workspaceId: string;
  staff: Staff;
  /** KvK numbers are a permutation of the index: unique without remembering them. */
  kvkOffset: number;
  takenNames: Set<string>;
  referrers: { id: string; clientSince: number; contactIds: string[] }[];
};
