// The thank-yous owed to ambassadors (method §10, decision 0039): one reading for the worklist
// and the ambassadors' page, by src/core/ambassadors' thankYousDue.
import { thankYousDue, thankYouLookbackDays } from '../../core/ambassadors/index.ts';
import { addCalendarDays } from '../../core/servicing/calendar-days.ts';
import type { Db } from '../../db/connection.ts';
import { organisationsByIds, personActivitiesSince } from './ambassadors.repo.ts';
import { referralsOf, type Referral } from './referrals.service.ts';

export type ThankYouDue = {
  referrerOrganizationId: string;
  referrerOrganizationName: string;
  referrerContactId: string | null;
  referrerContactName: string | null;
  referredOrganizationId: string;
  referredOrganizationName: string;
  relationshipManagerId: string | null;
  relationshipManagerName: string | null;
  dueFrom: string;
  dueOn: string;
  overdue: boolean;
};

/** The thank-yous owed at today (of one relationship manager's referrers, or the firm's). */
export async function thankYousOwed(
  db: Db,
  workspaceId: string,
  options: { today: string; managerId?: string | undefined; referrals?: readonly Referral[] },
): Promise<ThankYouDue[]> {
  const { today } = options;
  const referrals = options.referrals ?? (await referralsOf(db, workspaceId));
  const referrerIds = [...new Set(referrals.map((r) => r.referrerOrganizationId))];
  const [activities, organisations] = await Promise.all([
    personActivitiesSince(
      db,
      workspaceId,
      referrerIds,
      addCalendarDays(today, -thankYouLookbackDays),
    ),
    organisationsByIds(db, workspaceId, referrerIds),
  ]);
  const byReferred = new Map(referrals.map((r) => [r.organizationId, r]));
  return thankYousDue(referrals, activities, today).flatMap((due) => {
    const referral = byReferred.get(due.referredOrganizationId)!;
    const referrer = organisations.get(due.referrerOrganizationId);
    const managerId = referrer?.manager_id ?? null;
    if (options.managerId !== undefined && managerId !== options.managerId) return [];
    return [
      {
        referrerOrganizationId: due.referrerOrganizationId,
        referrerOrganizationName: referral.referrerOrganizationName,
        referrerContactId: referral.referrerContactId,
        referrerContactName: referral.referrerContactName,
        referredOrganizationId: due.referredOrganizationId,
        referredOrganizationName: referral.name,
        relationshipManagerId: managerId,
        relationshipManagerName: referrer?.manager_name ?? null,
        dueFrom: due.dueFrom,
        dueOn: due.dueOn,
        overdue: due.dueOn < today,
      },
    ];
  });
}
