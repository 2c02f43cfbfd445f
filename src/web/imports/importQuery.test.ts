import { describe, expect, it } from 'vitest';
import { changeMapping, importQuery, initialChoices, parseSkipRows } from './importQuery.ts';

describe('the query of an import', () => {
  it('leaves out what the user did not choose, so the server proposes', () => {
    expect(importQuery('omzet.csv', initialChoices)).toEqual({
      fileName: 'omzet.csv',
      createCustomers: 'true',
      importGoodRows: 'true',
    });
  });

  it('sends the mapping as 1-based columns, the sheet, the rows to skip and the choices', () => {
    const query = importQuery('omzet.xlsx', {
      sheet: 'Omzet 2024',
      skipRows: '120, 3 4;4',
      mapping: { amount: 4, customerName: 0, invoiceDate: 2 },
      createCustomers: false,
      importGoodRows: false,
    });
    expect(query).toEqual({
      fileName: 'omzet.xlsx',
      sheet: 'Omzet 2024',
      mapping: '{"customerName":1,"invoiceDate":3,"amount":5}',
      skipRows: '3,4,120',
      createCustomers: 'false',
      importGoodRows: 'false',
    });
  });
});

describe('rows to skip', () => {
  it('reads numbers separated by commas, spaces or semicolons', () => {
    expect(parseSkipRows(' 7,3  5;3 ')).toEqual([3, 5, 7]);
    expect(parseSkipRows('')).toEqual([]);
  });

  it('refuses anything but row numbers', () => {
    expect(parseSkipRows('3-5')).toBeNull();
    expect(parseSkipRows('0')).toBeNull();
    expect(parseSkipRows('2.5')).toBeNull();
  });
});

describe('changing the mapping', () => {
  it('moves a field to a column, taking it from the field that had it', () => {
    expect(changeMapping({ customerName: 0, amount: 2, invoiceDate: 1 }, 'amount', 1)).toEqual({
      customerName: 0,
      amount: 1,
    });
  });

  it('leaves a field out', () => {
    expect(changeMapping({ customerName: 0, amount: 2 }, 'amount', null)).toEqual({
      customerName: 0,
    });
  });
});
