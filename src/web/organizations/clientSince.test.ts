// "Client since" on the organisation list and page is the day the firm recorded (service norms
// count from it); the relationship length on the portfolio and the annual review counts from the
// first invoice or assignment (decision 0020). Two facts: each language names them apart, and the
// recorded one the same on the list, the page and the form.
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';

describe('the recorded "client since"', () => {
  it.each([
    ['nl', nl, /vastgelegd/],
    ['en', en, /recorded/],
  ] as const)('is named as recorded, apart from the relationship length (%s)', (_, texts, word) => {
    const { fields, columns, hints } = texts.organizations;
    expect(fields.clientSince).toBe(columns.clientSince);
    expect(fields.clientSince).toMatch(word);
    expect(fields.clientSince).not.toBe(texts.review.columns.relationship);
    // the form says where the relationship length counts from instead
    expect(hints.clientSince.toLowerCase()).toContain(
      texts.review.columns.relationship.toLowerCase(),
    );
  });
});
