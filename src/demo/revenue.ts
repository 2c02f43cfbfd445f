// Ten years of work for a demo client: assignments, and the invoices (revenue lines) they bring,
// as an export from an accounting system would list them.
import { hash } from 'node:crypto';
import type { assignments, revenueLines } from '../db/schema.ts';
import { dayOf, firstDayOfYear, isoDay, lastDayOfYear, momentOn, yearOf } from './days.ts';
import { firmStartDay, firstRevenueDay, referenceDay } from './firm.ts';
import type { DemoOrganization, Staff } from './organization.ts';
import { Random } from './random.ts';
import { serviceLines } from './words.ts';

export type AssignmentRow = typeof assignments.$inferSelect;
export type RevenueLineRow = typeof revenueLines.$inferSelect;

export type RevenueContext = {
  seed: number;
  workspaceId: string;
  staff: Staff;
  /** The last invoice number given out per year: numbers run on through the firm. */
  invoiceCounters: Map<number, number>;
};

/**
 * What makes a revenue line the same line when an export is imported twice: the firm, the
 * client, the date, the amount and the invoice number, hashed (SHA-256, hex).
 */
export function revenueFingerprint(line: {
  workspaceId: string;
  organizationId: string;
  invoiceDate: string;
  amountCents: number;
  invoiceNumber: string | null;
}): string {
  const key = [
    line.workspaceId,
    line.organizationId,
    line.invoiceDate,
    String(line.amountCents),
    line.invoiceNumber ?? '',
  ].join('|');
  return hash('sha256', key, 'hex');
}

const anchorYear = 2021;

/** Days to pay, by the kind of payer a client is: most pay within the 30 days of the terms. */
const payers = [
  { least: 12, most: 30, weight: 40 },
  { least: 25, most: 45, weight: 38 },
  { least: 40, most: 75, weight: 15 },
  { least: 60, most: 120, weight: 7 },
] as const;

/**
 * When a client's invoices fall due (30 days) and are paid, from a stream of its own so that the
 * rest of the demo stays as it was. The history ends a fixed day in the past: all are paid.
 */
function demoPayer(seed: number, index: number) {
  const random = new Random(`${seed}:payments:${index}`);
  const payer = random.weighted(payers.map((kind) => [kind, kind.weight] as const));
  return (invoiceDay: number) => {
    return {
      dueOn: isoDay(invoiceDay + 30),
      paidOn: isoDay(invoiceDay + random.int(payer.least, payer.most)),
      paymentTracked: true,
    };
  };
}

export function demoRevenue(
  context: RevenueContext,
  index: number,
  organization: DemoOrganization,
): { assignments: AssignmentRow[]; revenueLines: RevenueLineRow[] } {
  const result = { assignments: [] as AssignmentRow[], revenueLines: [] as RevenueLineRow[] };
  const { row } = organization;
  if (row.status === 'prospect' || row.clientSince === null) return result;
  const random = new Random(`${context.seed}:revenue:${index}`);
  const start = Math.max(dayOf(row.clientSince), firstRevenueDay);
  const end = organization.endDay ?? referenceDay;
  if (start > end) return result;

  const payment = demoPayer(context.seed, index);
  const favourites = Array.from({ length: random.int(1, 3) }, () => random.pick(serviceLines));
  const growth = random.normal(0.03, 0.08);
  const colleagues = [...context.staff.managers, ...context.staff.professionals];
  const firstYear = yearOf(start);
  const lastYear = yearOf(end);

  for (let year = firstYear; year <= lastYear; year++) {
    const from = Math.max(start, firstDayOfYear(year));
    const to = Math.min(end, lastDayOfYear(year));
    const share = (to - from + 1) / (lastDayOfYear(year) - firstDayOfYear(year) + 1);
    const quiet = year > firstYear && organization.yearlyEuros < 10_000 && random.chance(0.1);
    const winding = organization.endDay !== null && year >= lastYear - 1 ? 0.6 : 1;
    const starting = year === yearOf(dayOf(row.clientSince)) ? 0.6 : 1;
    const euros =
      organization.yearlyEuros *
      Math.pow(1 + growth, year - anchorYear) *
      Math.exp(random.normal(0, 0.25)) *
      share *
      winding *
      starting;
    if (quiet || euros < 250) continue;

    const invoices = Math.max(1, Math.min(12, Math.round(euros / 7_000) + random.int(0, 1)));
    // one invoice in each of `invoices` equal stretches of the year: spread as real billing is
    const span = (to - from + 1) / invoices;
    const days = Array.from({ length: invoices }, (_, i) =>
      Math.min(to, from + Math.floor(i * span + random.next() * span)),
    );
    const weights = days.map(() => 0.6 + random.next() * 0.8);
    const totalWeight = weights.reduce((sum, w) => sum + w, 0);
    const count = Math.min(
      invoices,
      1 + Number(euros > 40_000) + Number(euros > 150_000) + Number(random.chance(0.25)),
    );

    for (let a = 0; a < count; a++) {
      const first = Math.floor((a * invoices) / count);
      const last = Math.floor(((a + 1) * invoices) / count);
      const [serviceLine, titles] = random.pick(favourites);
      const rate = random.int(95, 175);
      const professionalId = random.weighted([
        [row.relationshipManagerId, 4],
        [row.secondProfessionalId ?? row.relationshipManagerId, 3],
        [random.pick(colleagues), 3],
      ] as const);
      let feeCents = 0;
      let hours = 0;
      for (let i = first; i < last; i++) {
        const amountCents = Math.max(5_000, Math.round((euros * 100 * weights[i]!) / totalWeight));
        const lineHours = amountCents / 100 / rate;
        const invoiceDate = isoDay(days[i]!);
        const number = (context.invoiceCounters.get(year) ?? 0) + 1;
        context.invoiceCounters.set(year, number);
        const invoiceNumber = `${year}-${String(number).padStart(5, '0')}`;
        result.revenueLines.push({
          workspaceId: context.workspaceId,
          id: random.uuid(),
          organizationId: row.id,
          invoiceDate,
          amountCents,
          invoiceNumber,
          serviceLine,
          hours: lineHours.toFixed(2),
          costCents: Math.round(amountCents * organization.costRatio * (0.9 + random.next() * 0.2)),
          description: null,
          ...payment(days[i]!),
          importId: null,
          fingerprint: revenueFingerprint({
            workspaceId: context.workspaceId,
            organizationId: row.id,
            invoiceDate,
            amountCents,
            invoiceNumber,
          }),
          createdAt: momentOn(days[i]!, 17 * 60),
        });
        feeCents += amountCents;
        hours += lineHours;
      }
      const startDay = days[first]! - random.int(10, 60);
      const ongoing = year === lastYear && organization.endDay === null && random.chance(0.4);
      result.assignments.push({
        workspaceId: context.workspaceId,
        id: random.uuid(),
        organizationId: row.id,
        title: random.chance(0.4) ? `${random.pick(titles)} ${year}` : random.pick(titles),
        serviceLine,
        startDate: isoDay(startDay),
        endDate: ongoing ? null : isoDay(days[last - 1]!),
        feeCents,
        hours: hours.toFixed(2),
        professionalId,
        importId: null,
        fingerprint: null,
        createdAt: momentOn(Math.max(startDay, firmStartDay), 9 * 60 + random.int(0, 480)),
      });
    }
  }
  return result;
}
