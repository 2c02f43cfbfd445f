import { describe, expect, it } from 'vitest';
import type { ClientYear } from './client-year.ts';
import { portfolioMatrix } from './portfolio-matrix.ts';
import { quadrantMoves } from './quadrant-moves.ts';

const row = (clientId: string, year: number, euros: number): ClientYear => ({
  clientId,
  year,
  revenueCents: euros * 100,
  costCents: null,
  hours: null,
  serviceLines: [],
  creditNoteCount: 0,
  creditNoteCents: 0,
});

describe('quadrant moves', () => {
  // 2023 against 2022, 2024 against 2023; the median splits high from low value
  const rows = [
    row('grower', 2022, 100),
    row('grower', 2023, 200),
    row('grower', 2024, 400),
    row('steady', 2022, 500),
    row('steady', 2023, 500),
    row('steady', 2024, 300),
    row('small', 2022, 50),
    row('small', 2023, 40),
    row('small', 2024, 45),
    row('leaver', 2022, 80),
    row('leaver', 2023, 90),
    row('newcomer', 2024, 10),
  ];

  it('pairs every client placed in either year, from its quadrant then to its quadrant now', () => {
    const before = portfolioMatrix(rows, 2023);
    const after = portfolioMatrix(rows, 2024);
    expect(before.clients.map((c) => [c.clientId, c.quadrant])).toEqual([
      ['steady', 'cash_cow'],
      ['grower', 'star'],
      ['leaver', 'question_mark'],
      ['small', 'dog'],
    ]);
    const moves = quadrantMoves(before, after);
    expect(moves.moves).toEqual([
      { clientId: 'small', from: 'dog', to: 'question_mark' },
      { clientId: 'newcomer', from: null, to: 'question_mark' },
      { clientId: 'leaver', from: 'question_mark', to: null },
    ]);
    expect(moves.stayed).toBe(2);
    expect(moves.counts).toEqual([
      { from: 'star', to: 'star', clients: 1 },
      { from: 'cash_cow', to: 'cash_cow', clients: 1 },
      { from: 'question_mark', to: null, clients: 1 },
      { from: 'dog', to: 'question_mark', clients: 1 },
      { from: null, to: 'question_mark', clients: 1 },
    ]);
  });

  it('counts each client once, in every pair together', () => {
    const moves = quadrantMoves(portfolioMatrix(rows, 2023), portfolioMatrix(rows, 2024));
    expect(moves.counts.reduce((sum, count) => sum + count.clients, 0)).toBe(5);
  });
});
