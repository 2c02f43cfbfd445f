import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../export/csv.ts';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';
import { newClientsExportTable } from './newClientsExport.ts';
import type { NewClient } from './queries.ts';

const texts = i18next.createInstance();
beforeAll(async () => {
  await texts.init({
    lng: 'nl',
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
});

function client(name: string, revenueCents: number, counted: boolean): NewClient {
  return {
    id: `id-${name}`,
    name,
    revenueCents,
    oneOff: !counted,
    latestDecision: null,
    ratherSeeGo: false,
    counted,
  };
}

const clients = [client('Eetcafé Het Hoekje', 250_000, true), client('Beurs 2024', 80_050, false)];

describe('the new clients as a file', () => {
  it('writes the revenue in full and whether each counts as regular in words', () => {
    const table = newClientsExportTable(clients, {
      t: texts.t,
      currency: 'EUR',
      yearLabel: '2024',
    });
    expect(table.name).toBe('Nieuwe klanten in 2024');
    expect(toCsv(table, 'nl').split('\r\n')).toEqual([
      '\ufeffKlant;Omzet (EUR);Telt als vaste klant',
      'Eetcafé Het Hoekje;2500,00;Ja',
      'Beurs 2024;800,50;Nee',
      '',
    ]);
  });

  it('answers in English for an English reader', () => {
    const table = newClientsExportTable(clients, {
      t: texts.getFixedT('en'),
      currency: 'EUR',
      yearLabel: '2024',
    });
    expect(toCsv(table, 'en').split('\r\n').slice(0, 3)).toEqual([
      '\ufeffClient,Revenue (EUR),Counts as regular',
      'Eetcafé Het Hoekje,2500.00,Yes',
      'Beurs 2024,800.50,No',
    ]);
  });
});
