import { describe, expect, it } from 'vitest';
import { groupRowCustomer, laterSpelling, readCustomer } from './source-customer.ts';

const columns = { customerCode: 0, customerName: 1, kvkNumber: 2, vatNumber: 3 };
const customer = (code: string | null, name: string | null, kvkNumber: string | null = null) => ({
  code,
  name,
  kvkNumber,
  vatNumber: null,
});

describe('readCustomer', () => {
  it('reads and normalises the customer columns', () => {
    expect(
      readCustomer([1001, ' Bouwbedrijf  De Vries ', '1234 5678', 'nl 8001.23.456.B01'], columns),
    ).toEqual({
      ok: true,
      customer: {
        code: '1001',
        name: 'Bouwbedrijf De Vries',
        kvkNumber: '12345678',
        vatNumber: 'NL800123456B01',
      },
    });
  });

  it('restores the leading zero a spreadsheet dropped from a KvK number', () => {
    expect(readCustomer([null, null, 9012345, null], columns)).toEqual({
      ok: true,
      customer: customer(null, null, '09012345'),
    });
  });

  it('counts placeholders as empty and a row without any as no customer', () => {
    expect(readCustomer(['', null, '-', 'n.v.t.'], columns)).toEqual({ ok: true, customer: null });
    expect(readCustomer([], {})).toEqual({ ok: true, customer: null });
  });

  it('refuses a KvK number that is not one', () => {
    expect(readCustomer(['1001', 'X', '12-34', null], columns)).toEqual({
      ok: false,
      field: 'kvkNumber',
      code: 'customer.notAKvkNumber',
      params: { cell: "'12-34'" },
      reason: "'12-34' is not a KvK number (8 digits)",
    });
  });
});

describe('groupRowCustomer', () => {
  it('takes the customer columns when the group row fills them', () => {
    expect(groupRowCustomer(['1001', 'Bouwbedrijf De Vries', null, null], columns)).toEqual(
      customer('1001', 'Bouwbedrijf De Vries'),
    );
  });

  it('reads a label elsewhere as code and name', () => {
    const other = { customerCode: 3, customerName: 4 };
    expect(groupRowCustomer(['1001 - Bouwbedrijf De Vries'], other)).toEqual(
      customer('1001', 'Bouwbedrijf De Vries'),
    );
    expect(groupRowCustomer([null, 'Debiteur: 1001 Bouwbedrijf De Vries'], other)).toEqual(
      customer('1001', 'Bouwbedrijf De Vries'),
    );
    expect(groupRowCustomer(['Debiteurnr. 1001'], other)).toEqual(customer('1001', null));
    expect(groupRowCustomer(['3M Nederland B.V.'], other)).toEqual(
      customer(null, '3M Nederland B.V.'),
    );
    expect(groupRowCustomer([null, ''], other)).toBeNull();
  });
});

describe('groupRowCustomer in a customer column', () => {
  it('splits "code - name" written in one customer column, and keeps other codes whole', () => {
    const only = { customerCode: 0, customerName: 1 };
    expect(groupRowCustomer(['1003 - Bakkerij Het Zoete Broodje', null], only)).toEqual(
      customer('1003', 'Bakkerij Het Zoete Broodje'),
    );
    expect(groupRowCustomer([null, '1003 Bakkerij'], only)).toEqual(customer('1003', 'Bakkerij'));
    expect(groupRowCustomer(['C-1001', null], only)).toEqual(customer('C-1001', null));
  });
});

describe('laterSpelling', () => {
  it('takes the spelling of the most recent line, and of one date the later row', () => {
    const old = { name: 'Jansen Bouw', date: '2022-03-01' };
    const renamed = { name: 'Jansen Bouw B.V.', date: '2024-06-30' };
    expect(laterSpelling(old, renamed)).toBe(renamed);
    expect(laterSpelling(renamed, old)).toBe(renamed);
    const sameDay = { name: 'Jansen Bouw BV', date: '2024-06-30' };
    expect(laterSpelling(renamed, sameDay)).toBe(sameDay);
    expect(laterSpelling(null, old)).toBe(old);
  });

  it('lets a dated spelling beat an undated one, and of undated ones the later row', () => {
    const dated = { name: 'Jansen Bouw', date: '2022-03-01' };
    const undated = { name: 'Jansen', date: null };
    expect(laterSpelling(dated, undated)).toBe(dated);
    expect(laterSpelling(undated, dated)).toBe(dated);
    const later = { name: 'Jansen B.V.', date: null };
    expect(laterSpelling(undated, later)).toBe(later);
  });
});
