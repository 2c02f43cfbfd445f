import { describe, expect, it } from 'vitest';
import { notAnswered, responseRates, type AskedRequest } from './response-rates.ts';

const asked = (
  status: AskedRequest['status'],
  category: string | null,
  askedBy: string | null,
): AskedRequest => ({ status, category, askedBy });

describe('response rates', () => {
  it('counts asked and answered per category and per professional, leaving revoked out', () => {
    const rates = responseRates([
      asked('answered', 'A', 'pim'),
      asked('reminded', 'A', 'pim'),
      asked('expired', 'B', 'pim'),
      asked('answered', 'B', 'eva'),
      asked('revoked', 'A', 'eva'),
      asked('created', null, null),
    ]);
    expect(rates.total).toEqual({ asked: 5, answered: 2, rateBasisPoints: 4000 });
    expect(rates.byCategory.get('A')).toEqual({ asked: 2, answered: 1, rateBasisPoints: 5000 });
    expect(rates.byCategory.get('B')).toEqual({ asked: 2, answered: 1, rateBasisPoints: 5000 });
    expect(rates.byCategory.get(null)).toEqual({ asked: 1, answered: 0, rateBasisPoints: 0 });
    expect(rates.byProfessional.get('pim')).toEqual({
      asked: 3,
      answered: 1,
      rateBasisPoints: 3333,
    });
    expect(rates.byProfessional.get('eva')).toEqual({
      asked: 1,
      answered: 1,
      rateBasisPoints: 10000,
    });
  });

  it('has no rate when no one was asked, and names open and expired requests non-responders', () => {
    expect(responseRates([]).total).toEqual({ asked: 0, answered: 0, rateBasisPoints: null });
    expect(
      ['sent', 'reminded', 'expired', 'created'].every((s) => notAnswered({ status: s as never })),
    ).toBe(true);
    expect(notAnswered({ status: 'answered' })).toBe(false);
    expect(notAnswered({ status: 'revoked' })).toBe(false);
  });
});
