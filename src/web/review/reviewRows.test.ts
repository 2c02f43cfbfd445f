import { describe, expect, it } from 'vitest';
import type { ReviewClient, ReviewDecision } from './queries.ts';
import { isFiltered, readReviewView, reviewRows, type ReviewView } from './reviewRows.ts';

function client(
  name: string,
  revenueCents: number,
  options: { flagged?: boolean; decision?: ReviewDecision } = {},
): ReviewClient {
  return {
    id: name,
    name,
    revenueCents,
    share: null,
    shareBasisPoints: null,
    relationship: null,
    hours: null,
    revenuePerHourCents: null,
    marginCents: null,
    marginPerHourCents: null,
    serviceLines: [],
    creditNoteCount: 0,
    creditNoteCents: 0,
    changeCents: 0,
    changeRatio: null,
    flags: options.flagged ? ['many_credit_notes'] : [],
    costsMoreThanItBrings: options.flagged ?? false,
    decision: options.decision
      ? {
          id: `${name}-decision`,
          organizationId: name,
          year: 2024,
          decision: options.decision,
          note: null,
          userId: null,
          userName: null,
          createdAt: '2025-01-10T09:00:00.000Z',
        }
      : null,
  };
}

// as the server sends them: flagged clients first
const clients = [
  client('Drukkerij Van Dam', 1_500_00, { flagged: true }),
  client('Theater De Schouwburg', 30_000_00, { decision: 'invest' }),
  client('Eetcafé Het Hoekje', 2_500_00),
  client('Bakkerij Jansen', 4_000_00, { decision: 'part_ways' }),
  client('Atelier Zon', 2_500_00),
];

const all: ReviewView = { q: '', flags: 'all', decision: 'all' };
const names = (view: ReviewView) => reviewRows(clients, view).map((c) => c.name);

describe('the rows of the annual review', () => {
  it('lists the largest client first, equal revenue by name', () => {
    expect(names(all)).toEqual([
      'Theater De Schouwburg',
      'Bakkerij Jansen',
      'Atelier Zon',
      'Eetcafé Het Hoekje',
      'Drukkerij Van Dam',
    ]);
  });

  it('finds a client by part of its name, without caring for accents', () => {
    expect(names({ ...all, q: ' eetcafe ' })).toEqual(['Eetcafé Het Hoekje']);
  });

  it('shows only the clients that may cost more than they bring, or only the others', () => {
    expect(names({ ...all, flags: 'flagged' })).toEqual(['Drukkerij Van Dam']);
    expect(names({ ...all, flags: 'unflagged' })).toHaveLength(4);
  });

  it('filters on whether and how the firm decided', () => {
    expect(names({ ...all, decision: 'undecided' })).toEqual([
      'Atelier Zon',
      'Eetcafé Het Hoekje',
      'Drukkerij Van Dam',
    ]);
    expect(names({ ...all, decision: 'decided' })).toEqual([
      'Theater De Schouwburg',
      'Bakkerij Jansen',
    ]);
    expect(names({ ...all, decision: 'part_ways' })).toEqual(['Bakkerij Jansen']);
  });

  it('reads the view from the address, ignoring values it does not know', () => {
    const view = readReviewView(new URLSearchParams('q=zon&flags=flagged&decision=maintain'));
    expect(view).toEqual({ q: 'zon', flags: 'flagged', decision: 'maintain' });
    expect(readReviewView(new URLSearchParams('flags=red&decision=maybe'))).toEqual(all);
    expect(isFiltered(all)).toBe(false);
    expect(isFiltered(view)).toBe(true);
    expect(isFiltered({ ...all, q: '  ' })).toBe(false);
  });
});
