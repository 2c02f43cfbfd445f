import { describe, expect, it } from 'vitest';
import { clientSignals, type ClientFacts } from './client-signals.ts';
import { fingerprintOf, isDismissed } from './dismissal.ts';
import { acuteSignalKinds, derivedSignalKinds, type Signal } from './signal.ts';
import { signalWords } from './words.ts';
import { suggestedActions } from './actions.ts';

const today = '2026-06-15';

/** A client of some years that shows nothing: every signal stays silent on it. */
const quiet: ClientFacts = {
  years: [
    { fiscalYear: 2024, revenueCents: 10_000_000, creditNotes: 0, creditCents: 0 },
    { fiscalYear: 2025, revenueCents: 10_500_000, creditNotes: 1, creditCents: 50_000 },
  ],
  currentYear: 2026,
  orderDays: ['2026-01-10', '2026-02-10', '2026-03-12', '2026-04-10', '2026-05-11', '2026-06-10'],
  contacts: [{ id: 'c1', name: 'Anna de Vries', dmuRole: 'decider', activeTo: null }],
  lastPersonalContact: '2026-05-01',
  since: '2020-01-01',
  contactNormDays: 60,
  evaluations: [
    { on: '2025-09-01', overall: 8 },
    { on: '2026-03-01', overall: 8 },
  ],
  satisfactionNorm: 8,
  recorded: [],
};

const only = (facts: Partial<ClientFacts>): Signal[] =>
  clientSignals({ ...quiet, ...facts }, today);
const words = (signal: Signal | undefined) => ({
  nl: signal && signalWords(signal, 'nl'),
  en: signal && signalWords(signal, 'en'),
});

describe('early warning: each signal of method §8 fires with its evidence, and is silent without it', () => {
  it('a client with nothing to show has no signal', () => {
    expect(only({})).toEqual([]);
  });

  it('revenue falling year on year: 2025 € 78.000, 35% below 2024', () => {
    const [signal] = only({
      years: [
        { fiscalYear: 2024, revenueCents: 12_000_000, creditNotes: 0, creditCents: 0 },
        { fiscalYear: 2025, revenueCents: 7_800_000, creditNotes: 0, creditCents: 0 },
      ],
    });
    expect(signal?.kind).toBe('revenueDeclining');
    expect(signal?.evidence).toEqual({
      year: 2025,
      revenueCents: 7_800_000,
      previousYear: 2024,
      previousRevenueCents: 12_000_000,
      dropPercent: 35,
    });
    expect(words(signal)).toEqual({
      nl: 'omzet 2025 € 78.000, 35% lager dan 2024 (€ 120.000)',
      en: 'revenue 2025 €78,000, 35% below 2024 (€120,000)',
    });
    // 10% less is no decline; no revenue the year before, nothing to fall from
    expect(
      only({
        years: [
          { fiscalYear: 2024, revenueCents: 100, creditNotes: 0, creditCents: 0 },
          { fiscalYear: 2025, revenueCents: 90, creditNotes: 0, creditCents: 0 },
        ],
      }),
    ).toEqual([]);
    expect(only({ years: [] })).toEqual([]);
  });

  it('a broken ordering rhythm: monthly orders, the next expected and missed', () => {
    const [signal] = only({ orderDays: ['2026-01-05', '2026-02-04', '2026-03-06', '2026-04-05'] });
    expect(signal?.kind).toBe('orderingRhythmBroken');
    expect(signal?.evidence).toEqual({
      lastOrder: '2026-04-05',
      usualIntervalDays: 30,
      expectedOn: '2026-05-05',
      daysLate: 41,
    });
    expect(words(signal).en).toBe(
      'orders about every 30 days; next expected on 2026-05-05, 41 days late (last 2026-04-05)',
    );
    expect(words(signal).nl).toBe(
      'bestelt gewoonlijk elke 30 dagen; volgende verwacht op 2026-05-05, 41 dagen te laat (laatste 2026-04-05)',
    );
    // three orders are no rhythm yet; within half an interval after the expected day, not late
    expect(only({ orderDays: ['2026-03-06', '2026-04-05', '2026-05-05'] })).toEqual([]);
    expect(only({ orderDays: ['2026-02-04', '2026-03-06', '2026-04-05', '2026-05-05'] })).toEqual(
      [],
    );
  });

  it('contact persons changed often, and the main contact (the decider) left', () => {
    const signals = only({
      contacts: [
        { id: 'c1', name: 'Anna de Vries', dmuRole: 'decider', activeTo: '2026-03-31' },
        { id: 'c2', name: 'Bram Jansen', dmuRole: 'user', activeTo: '2025-02-01' },
        { id: 'c3', name: 'Cor Smit', dmuRole: 'decider', activeTo: null },
      ],
    });
    expect(signals.map((s) => s.kind)).toEqual(['contactPersonsChanged', 'mainContactLeft']);
    expect(words(signals[0])).toEqual({
      nl: '2 contactpersonen vertrokken sinds 2024-06-15',
      en: '2 contact persons left since 2024-06-15',
    });
    expect(words(signals[1])).toEqual({
      nl: 'de beslisser Anna de Vries is vertrokken op 2026-03-31',
      en: 'the decider Anna de Vries left on 2026-03-31',
    });
    // one who left long ago, and one leaving later, are no change now
    expect(
      only({
        contacts: [
          { id: 'c1', name: 'A', dmuRole: 'decider', activeTo: '2023-01-01' },
          { id: 'c2', name: 'B', dmuRole: 'decider', activeTo: '2026-12-31' },
        ],
      }),
    ).toEqual([]);
  });

  it('personal contact below the category norm: no personal contact for 143 days, norm 60', () => {
    const [signal] = only({ lastPersonalContact: '2026-01-23' });
    expect(signal?.kind).toBe('personalContactLow');
    expect(words(signal)).toEqual({
      nl: 'al 143 dagen geen persoonlijk contact, norm 60',
      en: 'no personal contact for 143 days, norm 60',
    });
    // no norm for the category: nothing is below it
    expect(only({ lastPersonalContact: '2026-01-23', contactNormDays: null })).toEqual([]);
  });

  it('credit notes: invoices disputed regularly', () => {
    const [signal] = only({
      years: [
        { fiscalYear: 2025, revenueCents: 10_000_000, creditNotes: 2, creditCents: 320_000 },
        { fiscalYear: 2026, revenueCents: 2_000_000, creditNotes: 1, creditCents: 100_000 },
      ],
    });
    expect(signal?.kind).toBe('creditNotes');
    expect(words(signal)).toEqual({
      nl: "3 creditnota's in 2025–2026, € 4.200 gecrediteerd",
      en: '3 credit notes in 2025–2026, €4,200 credited',
    });
  });

  it('evaluations below the norm more than once, and falling', () => {
    const signals = only({
      evaluations: [
        { on: '2025-06-01', overall: 9 },
        { on: '2025-11-01', overall: 7 },
        { on: '2026-04-01', overall: 6 },
      ],
    });
    expect(signals.map((s) => s.kind)).toEqual(['evaluationsBelowNorm']);
    expect(words(signals[0]).en).toBe(
      'rated below the norm of 8 2 times since 2024-06-15, lowest 6',
    );
    const falling = only({
      evaluations: [
        { on: '2025-10-01', overall: 9 },
        { on: '2026-04-01', overall: 7 },
      ],
    });
    expect(falling.map((s) => s.kind)).toEqual(['evaluationsFalling']);
    expect(words(falling[0])).toEqual({
      nl: 'beoordeling gedaald van 9 (2025-10-01) naar 7 (2026-04-01)',
      en: 'rating fell from 9 (2025-10-01) to 7 (2026-04-01)',
    });
  });

  it('each acute signal recorded by a professional counts for half a year, the latest of its kind', () => {
    const recorded = acuteSignalKinds.map((kind, i) => ({
      id: `r${i}`,
      kind,
      recordedOn: '2026-06-01',
      note: kind === 'threatensToLeave' ? 'wil naar een concurrent' : null,
    }));
    const signals = only({ recorded });
    expect(signals.map((s) => s.kind)).toEqual([...acuteSignalKinds]);
    expect(words(signals[0])).toEqual({
      nl: 'dreigt te vertrekken (vastgelegd op 2026-06-01): wil naar een concurrent',
      en: 'threatens to leave (recorded 2026-06-01): wil naar een concurrent',
    });
    expect(signals[0]?.evidence).toMatchObject({ daysAgo: 14 });
    expect(
      only({
        recorded: [{ id: 'old', kind: 'asksRatesAgain', recordedOn: '2025-11-01', note: null }],
      }),
    ).toEqual([]);
  });

  it('every kind has words in both languages and a suggested four-P action', () => {
    for (const kind of [...acuteSignalKinds, ...derivedSignalKinds]) {
      expect(suggestedActions[kind].words.nl).not.toBe('');
      expect(suggestedActions[kind].words.en).not.toBe('');
    }
  });
});

describe('a dismissed signal returns when its evidence changes', () => {
  it('the days counted on do not change the fingerprint; a new contact date does', () => {
    const [before] = only({ lastPersonalContact: '2026-01-23' });
    const [later] = clientSignals({ ...quiet, lastPersonalContact: '2026-01-23' }, '2026-07-01');
    const [seenAgain] = only({ lastPersonalContact: '2026-02-20' });
    const dismissals = [
      { kind: 'personalContactLow' as const, fingerprint: fingerprintOf(before!) },
    ];
    expect(isDismissed(later!, dismissals)).toBe(true);
    expect(isDismissed(seenAgain!, dismissals)).toBe(false);
  });
});
