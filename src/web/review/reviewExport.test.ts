import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../export/csv.ts';
import { nl } from '../i18n/nl.ts';
import type { ReviewClient } from './queries.ts';
import { reviewExportTable } from './reviewExport.ts';

const texts = i18next.createInstance();
beforeAll(async () => {
  await texts.init({
    lng: 'nl',
    resources: { nl: { translation: nl } },
    interpolation: { escapeValue: false },
  });
});

const theatre: ReviewClient = {
  id: '5d1f4a52-7c1e-4c1b-9a57-3f1f9c1d2e10',
  name: 'Theater De Schouwburg',
  revenueCents: 3_000_000,
  share: { numerator: 30_000, denominator: 38_000 },
  shareBasisPoints: 7895,
  relationship: { since: '2022-03-15', years: 2, months: 9, totalMonths: 33 },
  hours: null,
  revenuePerHourCents: null,
  marginCents: null,
  marginPerHourCents: null,
  serviceLines: ['Advies', 'Interim'],
  creditNoteCount: 2,
  creditNoteCents: 50_000,
  changeCents: 1_800_000,
  changeRatio: 1.5,
  flags: ['many_credit_notes'],
  costsMoreThanItBrings: true,
  decision: {
    id: '9a1c9f0e-2b4d-4c55-8e1f-0d3c2b1a4f59',
    organizationId: '5d1f4a52-7c1e-4c1b-9a57-3f1f9c1d2e10',
    year: 2024,
    decision: 'improve',
    note: 'Gesprek over de afhankelijkheid',
    userId: null,
    userName: 'Eva de Vries',
    createdAt: '2025-01-14T10:30:00.000Z',
  },
};

describe('the review as a file', () => {
  it('writes every figure in full, the signals and the decision in words', () => {
    const table = reviewExportTable([theatre], { t: texts.t, currency: 'EUR' });
    const [header, row] = toCsv(table, 'nl').split('\r\n');
    expect(header).toBe(
      '\ufeffKlant;Omzet (EUR);Omzetaandeel (%);Relatie sinds;Relatieduur (maanden);Uren;' +
        'Omzet per uur (EUR);Marge (EUR);Marge per uur (EUR);Creditnota’s;' +
        'Bedrag creditnota’s (EUR);Verschil met het jaar ervoor (EUR);Groei (%);Diensten;' +
        'Signalen;Besluit;Besloten op;Besloten door;Toelichting',
    );
    expect(row).toBe(
      'Theater De Schouwburg;30000,00;78,95;2022-03-15;33;;;;;2;500,00;18000,00;150;' +
        'Advies, Interim;Veel creditnota’s;Relatie verbeteren;2025-01-14;Eva de Vries;' +
        'Gesprek over de afhankelijkheid',
    );
  });

  it('leaves the decision empty for a client not yet decided', () => {
    const table = reviewExportTable([{ ...theatre, decision: null }], {
      t: texts.t,
      currency: 'EUR',
    });
    expect(table.rows[0]!.slice(-4)).toEqual([null, null, null, null]);
  });
});
