import { describe, expect, it } from 'vitest';
import { contactSearchKey, contactSortKey, displayName, listName } from './contact-name.ts';

const jan = { firstName: 'Jan', infix: 'van der', lastName: 'Berg' };
const anna = { firstName: 'Anna', infix: null, lastName: 'Bakker' };
const piet = { firstName: 'Piet', infix: 'de', lastName: 'Vries' };

describe('contact names', () => {
  it('shows the infix between first and last name', () => {
    expect(displayName(jan)).toBe('Jan van der Berg');
    expect(listName(jan)).toBe('Berg, Jan van der');
    expect(displayName(anna)).toBe('Anna Bakker');
  });
  it('sorts by last name without the infix', () => {
    const sorted = [piet, jan, anna].sort((a, b) =>
      contactSortKey(a) < contactSortKey(b) ? -1 : 1,
    );
    expect(sorted.map(displayName)).toEqual(['Anna Bakker', 'Jan van der Berg', 'Piet de Vries']);
  });
});

describe('contact search key', () => {
  it('folds case and accents and keeps the phone as digits too', () => {
    const key = contactSearchKey({
      firstName: 'Zoë',
      infix: 'van',
      lastName: 'Éijk',
      email: 'Zoe@Eijk.NL',
      phone: '06-12 34 56 78',
    });
    expect(key).toBe('zoe van eijk zoe@eijk.nl 06-12 34 56 78 0612345678');
  });
});
