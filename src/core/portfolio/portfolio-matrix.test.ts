import { describe, expect, it } from 'vitest';
import type { ClientYear } from './client-year.ts';
import { portfolioMatrix } from './portfolio-matrix.ts';

const row = (
  clientId: string,
  year: number,
  revenueCents: number,
  extra: Partial<ClientYear> = {},
): ClientYear => ({ clientId, year, revenueCents, ...extra });

const rows: ClientYear[] = [
  row('ster', 2023, 800),
  row('ster', 2024, 1000, { costCents: 400, hours: 10 }),
  row('melkkoe', 2023, 1200),
  row('melkkoe', 2024, 900, { costCents: 700, hours: 12 }),
  row('vraagteken', 2023, 100),
  row('vraagteken', 2024, 300, { costCents: 100, hours: 3 }),
  row('hond', 2023, 300),
  row('hond', 2024, 200, { costCents: 150, hours: 4 }),
  row('nieuw', 2024, 100, { hours: 1 }),
  row('weg', 2023, 500),
];

describe('portfolioMatrix', () => {
  it('places each active client by revenue against growth, split at the median and at 0', () => {
    const matrix = portfolioMatrix(rows, 2024);
    expect(matrix.valueSplitCents).toBe(300);
    expect(matrix.clients.map((c) => [c.clientId, c.quadrant])).toEqual([
      ['ster', 'star'],
      ['melkkoe', 'cash_cow'],
      ['vraagteken', 'star'], // at the median counts as high
      ['hond', 'dog'],
      ['nieuw', 'question_mark'], // no revenue last year: counted as growing
    ]);
    expect(matrix.clients.find((c) => c.clientId === 'nieuw')?.growth).toBeNull();
  });
  it('takes a given revenue split and growth split', () => {
    const matrix = portfolioMatrix(rows, 2024, { valueSplitCents: 500, growthSplit: 0.5 });
    expect(matrix.clients.map((c) => c.quadrant)).toEqual([
      'cash_cow', // grew 25%: not above 50%
      'cash_cow',
      'question_mark', // grew 200%
      'dog',
      'question_mark',
    ]);
  });
  it('places by margin when asked, leaving out clients whose cost is not known', () => {
    const matrix = portfolioMatrix(rows, 2024, { measure: 'margin', bubble: 'hours' });
    expect(matrix.clients.map((c) => [c.clientId, c.valueCents, c.bubble])).toEqual([
      ['ster', 600, 10],
      ['melkkoe', 200, 12],
      ['vraagteken', 200, 3],
      ['hond', 50, 4],
    ]);
    expect(matrix.unplaced).toEqual([{ clientId: 'nieuw', reason: 'margin_unknown' }]);
  });
  it('passes the margin through as bubble size', () => {
    const matrix = portfolioMatrix(rows, 2024, { bubble: 'margin' });
    expect(matrix.clients.map((c) => c.bubble)).toEqual([600, 200, 200, 50, null]);
  });
  it('uses a growth the firm records instead, leaving out clients without one', () => {
    const growthByClient = new Map([
      ['ster', -0.1],
      ['hond', 0.3],
    ]);
    const matrix = portfolioMatrix(rows, 2024, { growthByClient });
    expect(matrix.clients.map((c) => [c.clientId, c.quadrant])).toEqual([
      ['ster', 'cash_cow'],
      ['hond', 'question_mark'],
    ]);
    expect(matrix.unplaced.map((u) => u.reason)).toEqual([
      'growth_unknown',
      'growth_unknown',
      'growth_unknown',
    ]);
  });
});
