import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../export/csv.ts';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';
import { bridgeClientsExportTable, bridgeExportTable } from './bridgeExport.ts';
import type { BridgeClient, RevenueBridge } from './queries.ts';

const texts = i18next.createInstance();
beforeAll(async () => {
  await texts.init({
    lng: 'nl',
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
});

function client(
  name: string,
  group: BridgeClient['group'],
  previousCents: number,
  currentCents: number,
): BridgeClient {
  return {
    clientId: `id-${name}`,
    name,
    group,
    previousCents,
    currentCents,
    effectCents: currentCents - previousCents,
  };
}

const clients = [
  client('Bakkerij Jansen', 'shrunk', 600_000, 400_000),
  client('Café de Zwaan', 'lost', 200_000, 0),
  client('Drukkerij Van Dam', 'returned', 0, 150_000),
  client('Eetcafé Het Hoekje', 'new', 0, 250_000),
  client('Theater De Schouwburg', 'grown', 1_200_000, 3_000_000),
];

function bar(group: BridgeClient['group']) {
  const members = clients.filter((one) => one.group === group);
  return {
    amountCents: members.reduce((sum, one) => sum + one.currentCents, 0),
    effectCents: members.reduce((sum, one) => sum + one.effectCents, 0),
    clientIds: members.map((one) => one.clientId),
  };
}

const bridge: RevenueBridge = {
  year: 2024,
  startCents: 2_000_000,
  endCents: 3_800_000,
  netStartCents: 2_000_000,
  netEndCents: 3_800_000,
  bars: {
    grown: bar('grown'),
    shrunk: bar('shrunk'),
    unchanged: bar('unchanged'),
    new: bar('new'),
    returned: bar('returned'),
    lost: bar('lost'),
  },
  clients,
  origin: {
    year: 2024,
    existingCents: 3_400_000,
    returnedCents: 150_000,
    newCents: 250_000,
    basisPoints: { existing: 8947, returned: 395, new: 658 },
  },
};

describe('the revenue bridge as a file', () => {
  it('writes every step with its clients, its amount and its growth, the sum last', () => {
    const table = bridgeExportTable(bridge, { t: texts.t, currency: 'EUR', startMonth: 1 });
    expect(toCsv(table, 'nl').split('\r\n')).toEqual([
      '\ufeffStap;Klanten;Bedrag (EUR);Groei t.o.v. 2023 (%)',
      'Omzet 2023;3;20000,00;',
      'Gegroeid bij bestaande klanten;1;18000,00;90',
      'Gekrompen bij bestaande klanten;1;-2000,00;-10',
      'Gelijk gebleven bij bestaande klanten;0;0,00;0',
      'Nieuwe klanten;1;2500,00;12,5',
      'Teruggewonnen klanten;1;1500,00;7,5',
      'Verloren klanten;1;-2000,00;-10',
      'Omzet 2024;4;38000,00;90',
      '',
    ]);
  });

  it('names a fiscal year that does not start in January by both calendar years', () => {
    const table = bridgeExportTable(bridge, { t: texts.t, currency: 'EUR', startMonth: 7 });
    expect(table.columns[3]!.header).toBe('Groei t.o.v. 2023/24 (%)');
    expect(table.rows.map((row) => row[0])).toContain('Omzet 2024/25');
  });
});

describe('the clients behind the bridge as a file', () => {
  it('lists every client once, with its group in words, in the order of the table', () => {
    const table = bridgeClientsExportTable(bridge, {
      t: texts.t,
      currency: 'EUR',
      startMonth: 1,
    });
    expect(toCsv(table, 'nl').split('\r\n')).toEqual([
      '\ufeffKlant;Groep;Omzet 2023 (EUR);Omzet 2024 (EUR);Effect (EUR)',
      'Theater De Schouwburg;Gegroeid bij bestaande klanten;12000,00;30000,00;18000,00',
      'Bakkerij Jansen;Gekrompen bij bestaande klanten;6000,00;4000,00;-2000,00',
      'Eetcafé Het Hoekje;Nieuwe klanten;0,00;2500,00;2500,00',
      'Drukkerij Van Dam;Teruggewonnen klanten;0,00;1500,00;1500,00',
      'Café de Zwaan;Verloren klanten;2000,00;0,00;-2000,00',
      '',
    ]);
  });

  it('writes the headers in English for an English reader', () => {
    const table = bridgeClientsExportTable(bridge, {
      t: texts.getFixedT('en'),
      currency: 'USD',
      startMonth: 1,
    });
    expect(table.name).toBe('Clients of the revenue bridge');
    expect(table.columns.map((column) => column.header)).toEqual([
      'Client',
      'Group',
      'Revenue 2023 (USD)',
      'Revenue 2024 (USD)',
      'Effect (USD)',
    ]);
    expect(table.rows[0]![1]).toBe('Grown at existing clients');
  });
});
