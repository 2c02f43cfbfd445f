// The Dutch addresses the user as "je" everywhere, as a Dutch firm's own software does: a text
// that says "u" or "uw" makes the product speak in two voices. This reads every Dutch text the
// product shows or sends: the web app's catalogue, the weekly digest mail and the calendar feed.
import { describe, expect, it } from 'vitest';
import { worklistWords } from '../src/features/calendar/calendar.words.ts';
import { digestContent } from '../src/features/digest/digest.content.ts';
import type { WorklistEntry } from '../src/features/worklist/worklist.service.ts';
import { nl } from '../src/web/i18n/nl.ts';

/** "u", "uw", "uwe", "uzelf" as words of their own; letters around them ("uur", "Utrecht") do not count. */
const formalYou = /(?<![\p{L}\p{N}])(u|uw|uwe|uzelf)(?![\p{L}\p{N}])/iu;

/**
 * Texts that may say "u" although they do not address the user. Empty today; an entry names the
 * text's key and why, e.g. a quoted legal form such as "Coöperatie U.A.".
 */
const allowed: ReadonlySet<string> = new Set<string>([]);

/** Every text of a catalogue with its key, e.g. ['app.save', 'Opslaan']. */
function textsOf(node: unknown, key = ''): [string, string][] {
  if (typeof node === 'string') return [[key, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([part, child]) =>
    textsOf(child, key ? `${key}.${part}` : part),
  );
}

const formal = (texts: [string, string][]) =>
  texts.filter(([key, text]) => !allowed.has(key) && formalYou.test(text));

describe('the Dutch says je', () => {
  it('finds u and uw as words, not inside other words', () => {
    expect(formalYou.test('Wat doet u met deze relatie?')).toBe(true);
    expect(formalYou.test('Uw keuzes')).toBe(true);
    expect(formalYou.test('U ontvangt dit overzicht')).toBe(true);
    expect(formalYou.test('(uw) kantoor')).toBe(true);
    expect(formalYou.test('Nu: omzet per uur in Utrecht, 12 uren, duur')).toBe(false);
    expect(formalYou.test('Wat doe je met deze relatie?')).toBe(false);
  });

  it('in every text of the web app', () => {
    const texts = textsOf(nl);
    expect(texts.length).toBeGreaterThan(1000);
    expect(formal(texts)).toEqual([]);
  });

  it('in the weekly digest mail', () => {
    const item = (overdue: boolean): WorklistEntry => ({
      kind: 'callBack',
      organizationId: 'org-1',
      organizationName: 'Bakkerij De Korenschoof',
      categoryKey: 'A',
      valueCents: 100_000,
      itemId: 'item-1',
      label: 'Jan de Vries',
      dueDate: '2026-11-23',
      overdue,
      daysOverdue: overdue ? 2 : 0,
      workingDaysOverdue: overdue ? 2 : 0,
      warning: null,
    });
    const mail = digestContent({
      name: 'Pim de Groot',
      locale: 'nl',
      today: '2026-11-23',
      items: [item(true), item(false)],
      setUpFirst: null,
      publicUrl: 'https://klandizie.example',
    });
    expect(mail.text).toContain('Achterstallig');
    const setUp = (['categories', 'serviceConcepts'] as const).map((gap) =>
      digestContent({
        name: 'Pim de Groot',
        locale: 'nl',
        today: '2026-11-23',
        items: [],
        setUpFirst: gap,
        publicUrl: 'https://klandizie.example',
      }),
    );
    expect(
      formal(
        [mail, ...setUp].flatMap((m): [string, string][] => [
          ['subject', m.subject],
          ['text', m.text],
          ['html', m.html],
        ]),
      ),
    ).toEqual([]);
  });

  it('in the calendar feed', () => {
    const words = worklistWords.nl;
    const texts = [
      ...textsOf(words.kinds, 'kinds'),
      ['overdue', words.overdue({ daysOverdue: 1, workingDaysOverdue: null })],
      ['overdue', words.overdue({ daysOverdue: 3, workingDaysOverdue: 1 })],
      ['dueOn', words.dueOn('2026-11-23')],
      ['calendarName', words.calendarName('Pim de Groot')],
      ['planned', words.planned],
    ] satisfies [string, string][];
    expect(formal(texts)).toEqual([]);
  });
});
