import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../export/csv.ts';
import { nl } from '../i18n/nl.ts';
import { matrixExportTable } from './matrixExport.ts';
import type { MatrixClient, PortfolioMatrix } from './queries.ts';

const texts = i18next.createInstance();
beforeAll(async () => {
  await texts.init({
    lng: 'nl',
    resources: { nl: { translation: nl } },
    interpolation: { escapeValue: false },
  });
});

function client(
  name: string,
  quadrant: MatrixClient['quadrant'],
  valueCents: number,
  growth: number | null,
  bubble: number | null,
): MatrixClient {
  return { clientId: `id-${name}`, name, quadrant, valueCents, growth, bubble };
}

const matrix: PortfolioMatrix = {
  year: 2024,
  measure: 'revenue',
  bubble: 'margin',
  valueSplitCents: 250_000,
  growthSplit: 0,
  clients: [
    client('Drukkerij Van Dam', 'question_mark', 150_000, null, 40_000),
    client('Bakkerij Jansen', 'cash_cow', 400_000, -1 / 3, null),
    client('Eetcafé Het Hoekje', 'question_mark', 250_000, null, 90_050),
    client('Theater De Schouwburg', 'star', 3_000_000, 1.5, 1_200_000),
  ],
  unplaced: [{ clientId: 'id-Café', name: 'Café de Zwaan', reason: 'growth_unknown' }],
};

describe('the portfolio matrix as a file', () => {
  it('lists every placed client by quadrant, largest first, with the quadrant in words', () => {
    const table = matrixExportTable(matrix, { t: texts.t, currency: 'EUR' });
    expect(toCsv(table, 'nl').split('\r\n')).toEqual([
      '\ufeffKlant;Kwadrant;Omzet (EUR);Groei (%);Marge (EUR)',
      'Theater De Schouwburg;Ster;30000,00;150;12000,00',
      'Bakkerij Jansen;Melkkoe;4000,00;-33,33;',
      'Eetcafé Het Hoekje;Vraagteken;2500,00;;900,50',
      'Drukkerij Van Dam;Vraagteken;1500,00;;400,00',
      '',
    ]);
  });

  it('writes hours as the bubble when the bubble shows hours, and no column for no bubble', () => {
    const hours = matrixExportTable(
      { ...matrix, bubble: 'hours', clients: [client('Theater', 'star', 100, 0.1, 12.5)] },
      { t: texts.t, currency: 'EUR' },
    );
    expect(hours.columns.at(-1)).toEqual({ header: 'Uren', kind: 'decimal' });
    expect(hours.rows[0]!.at(-1)).toBe(12.5);
    const none = matrixExportTable({ ...matrix, bubble: 'none' }, { t: texts.t, currency: 'EUR' });
    expect(none.columns).toHaveLength(4);
    expect(none.rows.every((row) => row.length === 4)).toBe(true);
  });
});
