import { describe, expect, it } from 'vitest';
import {
  clientRows,
  foldText,
  nextSort,
  readClientTableView,
  sortParam,
  type ClientTableView,
} from './clientTable.ts';
import type { PortfolioClient } from './queries.ts';

function client(name: string, revenueCents: number, extra: Partial<PortfolioClient> = {}) {
  return {
    id: `id-${name}`,
    name,
    revenueCents,
    basisPoints: 0,
    abcClass: 'A',
    marginCents: null,
    hours: null,
    serviceLines: [],
    creditNotes: 0,
    assignments: 0,
    previousYearCents: 0,
    changeRatio: null,
    compoundAnnualGrowthRate: null,
    relationshipMonths: null,
    ...extra,
  } satisfies PortfolioClient;
}

// in the Pareto order, as the server sends them
const clients = [
  client('Zwaan', 5000, { changeRatio: -0.5, marginCents: 100, abcClass: 'A' }),
  client('Ómega', 3000, { changeRatio: null, marginCents: 900, abcClass: 'B' }),
  client('alfa', 2000, { changeRatio: 0.25, abcClass: 'C' }),
  client('Beta', 2000, { changeRatio: 0.25, marginCents: 50, abcClass: 'C' }),
];
const collator = new Intl.Collator('nl', { sensitivity: 'base' });
const view = (changes: Partial<ClientTableView> = {}): ClientTableView => ({
  ...readClientTableView(new URLSearchParams()),
  ...changes,
});
const names = (rows: { name: string }[]) => rows.map((row) => row.name);

describe('the client table', () => {
  it('shows the Pareto order by rank unless asked otherwise', () => {
    const rows = clientRows(clients, view(), collator);
    expect(names(rows)).toEqual(['Zwaan', 'Ómega', 'alfa', 'Beta']);
    expect(rows.map((row) => row.rank)).toEqual([1, 2, 3, 4]);
  });

  it('sorts names by the language, ignoring case and accents', () => {
    const sort = { column: 'name', descending: false } as const;
    expect(names(clientRows(clients, view({ sort }), collator))).toEqual([
      'alfa',
      'Beta',
      'Ómega',
      'Zwaan',
    ]);
  });

  it('puts clients without a value last in both directions, ties in the Pareto order', () => {
    const up = clientRows(
      clients,
      view({ sort: { column: 'growth', descending: false } }),
      collator,
    );
    expect(names(up)).toEqual(['Zwaan', 'alfa', 'Beta', 'Ómega']);
    const down = clientRows(
      clients,
      view({ sort: { column: 'growth', descending: true } }),
      collator,
    );
    expect(names(down)).toEqual(['alfa', 'Beta', 'Zwaan', 'Ómega']);
    const margin = clientRows(
      clients,
      view({ sort: { column: 'margin', descending: true } }),
      collator,
    );
    expect(names(margin)).toEqual(['Ómega', 'Zwaan', 'Beta', 'alfa']);
  });

  it('filters by name without accents, by ABC class and by the top of the ranking', () => {
    expect(names(clientRows(clients, view({ q: 'OMEG' }), collator))).toEqual(['Ómega']);
    expect(names(clientRows(clients, view({ abcClass: 'C' }), collator))).toEqual(['alfa', 'Beta']);
    const top = clientRows(
      clients,
      view({ top: 2, sort: { column: 'name', descending: false } }),
      collator,
    );
    expect(names(top)).toEqual(['Ómega', 'Zwaan']);
  });

  it('reads and writes its view in the address', () => {
    const read = readClientTableView(new URLSearchParams('sort=-margin&abc=B&top=12&q=zw'));
    expect(read).toEqual({
      q: 'zw',
      abcClass: 'B',
      top: 12,
      sort: { column: 'margin', descending: true },
    });
    expect(sortParam(read.sort)).toBe('-margin');
    expect(sortParam({ column: 'rank', descending: false })).toBeNull();
    const wrong = readClientTableView(new URLSearchParams('sort=price&abc=D&top=-3'));
    expect(wrong).toEqual(view());
  });

  it('sorts amounts largest first on the first click and reverses on the second', () => {
    const byRank = { column: 'rank', descending: false } as const;
    expect(nextSort(byRank, 'revenue')).toEqual({ column: 'revenue', descending: true });
    expect(nextSort(byRank, 'name')).toEqual({ column: 'name', descending: false });
    expect(nextSort({ column: 'revenue', descending: true }, 'revenue')).toEqual({
      column: 'revenue',
      descending: false,
    });
  });

  it('folds text for searching', () => {
    expect(foldText('Café Ölbrück')).toBe('cafe olbruck');
  });
});
