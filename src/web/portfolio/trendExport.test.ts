import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../export/csv.ts';
import { nl } from '../i18n/nl.ts';
import type { PortfolioTrend } from './queries.ts';
import { trendExportTable } from './trendExport.ts';

const texts = i18next.createInstance();
beforeAll(async () => {
  await texts.init({
    lng: 'nl',
    resources: { nl: { translation: nl } },
    interpolation: { escapeValue: false },
  });
});

const trend: PortfolioTrend = {
  years: [
    {
      year: 2023,
      revenueCents: 2_000_000,
      activeClients: 3,
      largestClientBasisPoints: 6000,
      topFiveBasisPoints: 10_000,
      hhi: 4600,
      origin: {
        year: 2023,
        existingCents: 1_800_000,
        returnedCents: 0,
        newCents: 200_000,
        basisPoints: { existing: 9000, returned: 0, new: 1000 },
      },
    },
    {
      year: 2024,
      revenueCents: 3_800_000,
      activeClients: 4,
      largestClientBasisPoints: 7895,
      topFiveBasisPoints: 10_000,
      hhi: 6402,
      origin: {
        year: 2024,
        existingCents: 3_400_000,
        returnedCents: 150_000,
        newCents: 250_000,
        basisPoints: { existing: 8947, returned: 395, new: 658 },
      },
    },
  ],
};

describe('concentration over the years as a file', () => {
  it('writes a line per fiscal year with the shares as percentages and where revenue came from', () => {
    const table = trendExportTable(trend, { t: texts.t, currency: 'EUR', startMonth: 1 });
    expect(toCsv(table, 'nl').split('\r\n')).toEqual([
      '\ufeffBoekjaar;Omzet (EUR);Actieve klanten;Grootste klant (%);Top-5-klanten (%);HHI;' +
        'Omzet van bestaande klanten (EUR);Omzet van teruggewonnen klanten (EUR);' +
        'Omzet van nieuwe klanten (EUR)',
      '2023;20000,00;3;60;100;4600;18000,00;0,00;2000,00',
      '2024;38000,00;4;78,95;100;6402;34000,00;1500,00;2500,00',
      '',
    ]);
  });

  it('keeps the shares as ratios for a workbook, and names a broken fiscal year in full', () => {
    const table = trendExportTable(trend, { t: texts.t, currency: 'EUR', startMonth: 4 });
    expect(table.rows[1]).toEqual(['2024/25', 38_000, 4, 0.7895, 1, 6402, 34_000, 1500, 2500]);
  });
});
