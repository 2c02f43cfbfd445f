import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';
import type { ExportTable } from './table.ts';

const table: ExportTable = {
  name: 'Clients',
  columns: [
    { header: 'Name', kind: 'text' },
    { header: 'Revenue (EUR)', kind: 'money' },
    { header: 'Share (%)', kind: 'percent' },
    { header: 'Hours', kind: 'decimal' },
    { header: 'Months', kind: 'integer' },
  ],
  rows: [
    ['Bakkerij "De Korf"; Utrecht', 1234.5, 0.2125, 3324.15, 119],
    ['=HYPERLINK("x")', -150, 0.0003, null, null],
    ['Café\nde Zwaan, B.V.', 0, 1, 0.1 + 0.2, 7],
  ],
};

describe('CSV for spreadsheets', () => {
  it('writes Dutch with semicolons and decimal commas, after a byte-order mark', () => {
    const lines = toCsv(table, 'nl').split('\r\n');
    expect(lines[0]).toBe('\ufeffName;Revenue (EUR);Share (%);Hours;Months');
    expect(lines[1]).toBe('"Bakkerij ""De Korf""; Utrecht";1234,50;21,25;3324,15;119');
    expect(lines[2]).toBe('"\'=HYPERLINK(""x"")";-150,00;0,03;;');
    expect(lines[3]).toBe('"Café\nde Zwaan, B.V.";0,00;100;0,3;7');
    expect(lines[4]).toBe('');
  });

  it('writes English with commas and decimal points', () => {
    const lines = toCsv(table, 'en').split('\r\n');
    expect(lines[0]).toBe('\ufeffName,Revenue (EUR),Share (%),Hours,Months');
    expect(lines[1]).toBe('"Bakkerij ""De Korf""; Utrecht",1234.50,21.25,3324.15,119');
    expect(lines[3]).toBe('"Café\nde Zwaan, B.V.",0.00,100,0.3,7');
  });
});
