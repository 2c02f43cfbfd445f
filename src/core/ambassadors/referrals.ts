// Who referred each client and what each ambassador brought, method.md §10: "the product records
// who referred each new client and shows ambassadors and what they brought". An ambassador is an
// organisation that referred a client, or one whose contact recommends the firm with a 9 or a 10
// (method §7, "scoring a 9"); what it brought is the revenue of the clients it referred, per
// fiscal year and in total, since they became clients.

/** A client with the referrer recorded on it, and its revenue per fiscal year. */
export type ReferredClient = {
  organizationId: string;
  name: string;
  /** The referring organisation: the one recorded, else the referring contact's organisation. */
  referrerOrganizationId: string;
  /** The referring contact person, when recorded. */
  referrerContactId: string | null;
  /** The day it became a client (clientStartedOn); null while it is not one yet. */
  startedOn: string | null;
  revenueByYear: readonly YearRevenue[];
};

export type YearRevenue = { fiscalYear: number; revenueCents: number };

/**
 * The day a client became one: the earliest of its first invoice, its first assignment and the
 * recorded client-since date; null when none is known (a prospect that was referred).
 */
export function clientStartedOn(dates: {
  firstInvoiceDate?: string | null;
  firstAssignmentDate?: string | null;
  clientSince?: string | null;
}): string | null {
  let earliest: string | null = null;
  for (const date of [dates.firstInvoiceDate, dates.firstAssignmentDate, dates.clientSince])
    if (date != null && (earliest === null || date < earliest)) earliest = date;
  return earliest;
}

/** Adds revenue per fiscal year, the earliest year first. */
export function addYears(lists: readonly (readonly YearRevenue[])[]): YearRevenue[] {
  const byYear = new Map<number, number>();
  for (const list of lists)
    for (const { fiscalYear, revenueCents } of list)
      byYear.set(fiscalYear, (byYear.get(fiscalYear) ?? 0) + revenueCents);
  return [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([fiscalYear, revenueCents]) => ({ fiscalYear, revenueCents }));
}

const total = (years: readonly YearRevenue[]) =>
  years.reduce((sum, year) => sum + year.revenueCents, 0);

/** A contact of the firm's clients whose latest recommend score is a 9 or a 10. */
export type Candidate = { organizationId: string; contactId: string; recommend: number };

export type Ambassador = {
  organizationId: string;
  /** Referred at least one client. */
  referrer: boolean;
  /** Contacts who recommend the firm with a 9 or a 10, with their score. */
  candidates: { contactId: string; recommend: number }[];
  /** The clients it referred (those not yet clients too), the latest start first. */
  clients: {
    organizationId: string;
    name: string;
    referrerContactId: string | null;
    startedOn: string | null;
    revenueCents: number;
  }[];
  /** Clients among those it referred that became one. */
  clientsBrought: number;
  /** What the clients it referred brought since they became clients, in total and per year. */
  revenueCents: number;
  revenueByYear: YearRevenue[];
};

/**
 * The ambassadors: every referrer and every organisation with a contact who recommends the firm,
 * with what each brought; those that brought the most revenue first, then the most clients.
 */
export function ambassadors(
  referred: readonly ReferredClient[],
  candidates: readonly Candidate[],
): Ambassador[] {
  const byOrganisation = new Map<string, { referred: ReferredClient[]; candidates: Candidate[] }>();
  const entry = (id: string) => {
    let found = byOrganisation.get(id);
    if (!found) byOrganisation.set(id, (found = { referred: [], candidates: [] }));
    return found;
  };
  for (const client of referred) entry(client.referrerOrganizationId).referred.push(client);
  for (const candidate of candidates) entry(candidate.organizationId).candidates.push(candidate);
  const list = [...byOrganisation].map(([organizationId, found]): Ambassador => {
    const revenueByYear = addYears(found.referred.map((client) => client.revenueByYear));
    return {
      organizationId,
      referrer: found.referred.length > 0,
      candidates: found.candidates.map(({ contactId, recommend }) => ({ contactId, recommend })),
      clients: found.referred
        .map((client) => ({
          organizationId: client.organizationId,
          name: client.name,
          referrerContactId: client.referrerContactId,
          startedOn: client.startedOn,
          revenueCents: total(client.revenueByYear),
        }))
        .sort((a, b) => ((a.startedOn ?? '9999') < (b.startedOn ?? '9999') ? 1 : -1)),
      clientsBrought: found.referred.filter((client) => client.startedOn !== null).length,
      revenueCents: total(revenueByYear),
      revenueByYear,
    };
  });
  return list.sort(
    (a, b) =>
      b.revenueCents - a.revenueCents ||
      b.clientsBrought - a.clientsBrought ||
      (a.organizationId < b.organizationId ? -1 : 1),
  );
}

export type ReferralsOfYear = {
  /** Organisations that had referred a client that became one by the year's last day. */
  referrers: string[];
  /** Per referrer, the clients it referred that became clients within the year. */
  newClientsByReferrer: Map<string, number>;
};

/**
 * What the goals of the kind "create ambassadors" are measured on (method §4): who had referred
 * a client by the end of a year, and how many clients each brought in it.
 */
export function referralsOfYear(
  referred: readonly Pick<ReferredClient, 'referrerOrganizationId' | 'startedOn'>[],
  year: { from: string; to: string },
): ReferralsOfYear {
  const referrers = new Set<string>();
  const newClientsByReferrer = new Map<string, number>();
  for (const { referrerOrganizationId: referrer, startedOn } of referred) {
    if (startedOn === null || startedOn > year.to) continue;
    referrers.add(referrer);
    if (startedOn >= year.from)
      newClientsByReferrer.set(referrer, (newClientsByReferrer.get(referrer) ?? 0) + 1);
  }
  return { referrers: [...referrers].sort(), newClientsByReferrer };
}
