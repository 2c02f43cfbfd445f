// The demo firm's marketing spend that no client is tied to (method §10), deterministic from the
// seed: like most firms, it spends the most at the bottom of the pyramid (a fair, presentations,
// the website), so the pyramid's advice has something true to say on first start.
import type { PyramidLayer } from '../core/ambassadors/index.ts';
import { addCalendarDays } from '../core/servicing/calendar-days.ts';
import { Random } from './random.ts';

export type MarketingSpendRow = {
  workspaceId: string;
  id: string;
  spentOn: string;
  layer: PyramidLayer;
  description: string;
  minutes: number | null;
  costCents: number | null;
  createdBy: null;
  createdAt: Date;
  updatedAt: Date;
};

const plan: readonly {
  layer: PyramidLayer;
  description: string;
  daysAgo: number;
  hours: [number, number];
  euros: [number, number];
}[] = [
  {
    layer: 'independentSources',
    description: 'Artikel in vakblad',
    daysAgo: 40,
    hours: [4, 8],
    euros: [0, 0],
  },
  {
    layer: 'media',
    description: 'Nieuwe website',
    daysAgo: 120,
    hours: [6, 12],
    euros: [3_000, 6_000],
  },
  {
    layer: 'media',
    description: 'Brochure dienstverlening',
    daysAgo: 75,
    hours: [3, 6],
    euros: [800, 1_500],
  },
  {
    layer: 'ownSales',
    description: 'Beursstand Vakbeurs',
    daysAgo: 60,
    hours: [16, 24],
    euros: [4_000, 8_000],
  },
  {
    layer: 'ownSales',
    description: 'Presentaties op netwerkbijeenkomsten',
    daysAgo: 20,
    hours: [8, 16],
    euros: [200, 600],
  },
];

/** A handful of entries in the months before today, amounts drawn from the seed. */
export function demoMarketingSpend(
  seed: number,
  workspaceId: string,
  today: string,
): MarketingSpendRow[] {
  const random = new Random(`${seed}:marketing-spend`);
  return plan.map((entry) => {
    const spentOn = addCalendarDays(today, -entry.daysAgo);
    const recordedAt = new Date(`${spentOn}T09:00:00Z`);
    return {
      workspaceId,
      id: random.uuid(),
      spentOn,
      layer: entry.layer,
      description: entry.description,
      minutes: random.int(entry.hours[0], entry.hours[1]) * 60,
      costCents: entry.euros[1] === 0 ? null : random.int(entry.euros[0], entry.euros[1]) * 100,
      createdBy: null,
      createdAt: recordedAt,
      updatedAt: recordedAt,
    };
  });
}
