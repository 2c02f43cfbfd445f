// Who referred each client, in the core's shape (src/core/ambassadors): the one reading every
// page, report and goal of referrals uses, so a client's start and revenue read the same in each.
import { clientStartedOn, type ReferredClient } from '../../core/ambassadors/index.ts';
import type { Db } from '../../db/connection.ts';
import { referralRows } from './referrals.repo.ts';

export type Referral = ReferredClient & {
  status: string;
  referrerOrganizationName: string;
  referrerContactName: string | null;
};

/** Every client with its referrer; a prospect that was referred has not started (startedOn null). */
export async function referralsOf(
  db: Pick<Db, 'execute'>,
  workspaceId: string,
): Promise<Referral[]> {
  const rows = await referralRows(db, workspaceId);
  return rows.map((row) => ({
    organizationId: row.id,
    name: row.name,
    status: row.status,
    referrerOrganizationId: row.referrer_id,
    referrerOrganizationName: row.referrer_name,
    referrerContactId: row.contact_id,
    referrerContactName: row.contact_name,
    startedOn:
      row.status === 'prospect'
        ? null
        : clientStartedOn({
            firstInvoiceDate: row.first_invoice,
            firstAssignmentDate: row.first_assignment,
            clientSince: row.client_since,
          }),
    revenueByYear: row.years.map((year) => ({
      fiscalYear: Number(year.fiscalYear),
      revenueCents: Number(year.revenueCents),
    })),
  }));
}
