// Ambassadors and referrals (method §10): who referred each client, what each ambassador
// brought, the thank-yous owed, and the prospects to introduce. The rules are
// src/core/ambassadors; the prospects' fit is the prospect profile's own (prospectFits).
import {
  ambassadors,
  suggestedIntroductions,
  type Candidate,
} from '../../core/ambassadors/index.ts';
import { DomainError } from '../../core/errors.ts';
import type { Db } from '../../db/connection.ts';
import { prospectFits } from '../choosing/prospects.service.ts';
import { ambassadorCandidates } from '../satisfaction/improvement-plans.service.ts';
import { contactNames, organisationsByIds } from './ambassadors.repo.ts';
import { referralsOf } from './referrals.service.ts';
import { thankYousOwed } from './thank-yous.service.ts';

/** Every client with a referrer recorded, the latest start first. */
export async function referralList(db: Db, workspaceId: string) {
  const referrals = await referralsOf(db, workspaceId);
  return referrals
    .map((r) => ({
      organizationId: r.organizationId,
      organizationName: r.name,
      status: r.status,
      referrerOrganizationId: r.referrerOrganizationId,
      referrerOrganizationName: r.referrerOrganizationName,
      referrerContactId: r.referrerContactId,
      referrerContactName: r.referrerContactName,
      startedOn: r.startedOn,
      revenueCents: r.revenueByYear.reduce((sum, year) => sum + year.revenueCents, 0),
      revenueByYear: [...r.revenueByYear],
    }))
    .sort((a, b) => ((a.startedOn ?? '9999') < (b.startedOn ?? '9999') ? 1 : -1));
}

async function ambassadorList(db: Db, workspaceId: string) {
  const [referrals, candidateRows] = await Promise.all([
    referralsOf(db, workspaceId),
    ambassadorCandidates(db, workspaceId),
  ]);
  const candidates: Candidate[] = candidateRows.map((row) => ({
    organizationId: row.organizationId,
    contactId: row.contactId,
    recommend: row.recommend,
  }));
  const list = ambassadors(referrals, candidates);
  const contactIds = [
    ...new Set([
      ...referrals.flatMap((r) => (r.referrerContactId ? [r.referrerContactId] : [])),
      ...candidates.map((c) => c.contactId),
    ]),
  ];
  const [organisations, contacts] = await Promise.all([
    organisationsByIds(
      db,
      workspaceId,
      list.map((a) => a.organizationId),
    ),
    contactNames(db, workspaceId, contactIds),
  ]);
  const items = list.map((a) => {
    const organisation = organisations.get(a.organizationId);
    return {
      organizationId: a.organizationId,
      organizationName: organisation?.name ?? '',
      sector: organisation?.sector ?? null,
      region: organisation?.region ?? null,
      relationshipManagerId: organisation?.manager_id ?? null,
      relationshipManagerName: organisation?.manager_name ?? null,
      referrer: a.referrer,
      candidates: a.candidates.map((c) => ({
        ...c,
        contactName: contacts.get(c.contactId) ?? '',
      })),
      clients: a.clients.map((c) => ({
        ...c,
        referrerContactName: c.referrerContactId
          ? (contacts.get(c.referrerContactId) ?? null)
          : null,
      })),
      clientsBrought: a.clientsBrought,
      revenueCents: a.revenueCents,
      revenueByYear: a.revenueByYear,
    };
  });
  return { items, referrals };
}

/** The ambassadors with what each brought, and the thank-yous owed at today. */
export async function ambassadorsOverview(db: Db, workspaceId: string, today: string) {
  const { items, referrals } = await ambassadorList(db, workspaceId);
  const thankYous = await thankYousOwed(db, workspaceId, { today, referrals });
  return { today, items, thankYous };
}

/** Prospects that fit the ideal profile, each with the ambassadors of its sector (or region). */
export async function introductions(db: Db, workspaceId: string) {
  const [{ items: list }, fits] = await Promise.all([
    ambassadorList(db, workspaceId),
    // a firm without a scheme has no profile, so no prospect fits it yet
    prospectFits(db, workspaceId, undefined).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'not_found') return { items: [] };
      throw error;
    }),
  ]);
  const prospects = new Map(fits.items.map((p) => [p.id, p]));
  const byId = new Map(list.map((a) => [a.organizationId, a]));
  return suggestedIntroductions(
    fits.items.map((p) => ({ id: p.id, sector: p.sector, region: p.region, fit: p.fit })),
    list,
  ).map((s) => ({
    prospectId: s.prospectId,
    prospectName: prospects.get(s.prospectId)?.name ?? '',
    fit: s.fit,
    ambassadorOrganizationId: s.ambassadorOrganizationId,
    ambassadorOrganizationName: byId.get(s.ambassadorOrganizationId)?.organizationName ?? '',
    basis: s.basis,
    value: s.value,
  }));
}
