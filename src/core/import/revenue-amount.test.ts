import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from './cell.ts';
import {
  amountSource,
  netFromGross,
  parseVatRate,
  readNetAmount,
  type AmountOptions,
  type AmountSource,
} from './revenue-amount.ts';

const nl: AmountOptions = { decimalSeparator: ',' };
const net = (cells: Cell[], source: AmountSource, dc?: number, options = nl) => {
  const reading = readNetAmount(cells, source, dc, options);
  return reading.ok ? reading.cents : `${reading.field}: ${reading.reason}`;
};

describe('amountSource', () => {
  it('prefers the net amount, then gross with its VAT, then debit and credit', () => {
    expect(amountSource({ amount: 3, grossAmount: 4, debit: 5 })).toEqual({
      kind: 'net',
      column: 3,
    });
    expect(amountSource({ grossAmount: 4, vatAmount: 5 })).toEqual({
      kind: 'gross',
      column: 4,
      field: 'grossAmount',
      vatAmount: 5,
      vatRate: undefined,
    });
    expect(amountSource({ amount: 3, vatRate: 6 }, true)).toMatchObject({
      kind: 'gross',
      column: 3,
      field: 'amount',
    });
    expect(amountSource({ credit: 7 })).toEqual({
      kind: 'debitCredit',
      debit: undefined,
      credit: 7,
    });
  });

  it('says what the user must still choose', () => {
    expect(amountSource({})).toEqual({
      code: 'columns.amountMissing',
      params: {},
      reason: 'Choose the column with the amount, or the debit and credit columns.',
    });
    expect(amountSource({ grossAmount: 1 })).toEqual({
      code: 'columns.vatMissing',
      params: {},
      reason: 'The amounts include VAT: choose the column with the VAT amount or the VAT rate.',
    });
  });
});

describe('readNetAmount', () => {
  it('takes a signed net amount as it is', () => {
    expect(net(['1.234,56'], { kind: 'net', column: 0 })).toBe(123456);
    expect(net(['-1.234,56'], { kind: 'net', column: 0 })).toBe(-123456);
    expect(net([''], { kind: 'net', column: 0 })).toBe('amount: the amount is empty');
  });

  it('reads an unsigned amount with D/C: credit is revenue, debit a credit note', () => {
    const source: AmountSource = { kind: 'net', column: 0 };
    expect(net(['100,00', 'C'], source, 1)).toBe(10000);
    expect(net(['100,00', 'Credit'], source, 1)).toBe(10000);
    expect(net(['100,00', 'D'], source, 1)).toBe(-10000);
    expect(net(['100,00', 'Debet'], source, 1)).toBe(-10000);
    expect(net(['100,00', 'Dr.'], source, 1)).toBe(-10000);
    expect(net(['100,00', 'D'], source, 1, { ...nl, debitCreditSide: 'debtor' })).toBe(10000);
    expect(net(['100,00', ''], source, 1)).toBe('debitCredit: it does not say debit or credit');
    expect(net(['100,00', 'X'], source, 1)).toBe("debitCredit: 'X' is neither debit nor credit");
    expect(readNetAmount(['100,00', ''], source, 1, nl)).toMatchObject({
      code: 'debitCredit.empty',
      params: {},
    });
    expect(readNetAmount(['100,00', 'X'], source, 1, nl)).toMatchObject({
      code: 'debitCredit.neither',
      params: { cell: "'X'" },
    });
  });

  it('takes revenue as credit minus debit from separate columns', () => {
    const source: AmountSource = { kind: 'debitCredit', debit: 0, credit: 1 };
    expect(net([null, '250,00'], source)).toBe(25000);
    expect(net(['250,00', null], source)).toBe(-25000);
    expect(net(['50,00', '250,00'], source)).toBe(20000);
    expect(net(['250,00', ''], source, undefined, { ...nl, debitCreditSide: 'debtor' })).toBe(
      25000,
    );
    expect(net(['', ''], source)).toBe('amount: the debit and credit are both empty');
    expect(readNetAmount(['', ''], source, undefined, nl)).toMatchObject({
      code: 'amount.debitAndCreditEmpty',
    });
    expect(net(['x', ''], source)).toBe("debit: 'x' is not an amount");
  });

  it('subtracts the VAT amount from a gross amount, with the sign of the gross amount', () => {
    const source: AmountSource = { kind: 'gross', column: 0, field: 'grossAmount', vatAmount: 1 };
    expect(net(['121,00', '21,00'], source)).toBe(10000);
    expect(net(['-121,00', '-21,00'], source)).toBe(-10000);
    expect(net(['-121,00', '21,00'], source)).toBe(-10000);
    expect(net(['100,00', ''], source)).toBe(10000);
    expect(net(['121,00', 'btw'], source)).toBe("vatAmount: 'btw' is not an amount");
  });

  it('divides a gross amount by one plus the VAT rate', () => {
    const source: AmountSource = { kind: 'gross', column: 0, field: 'amount', vatRate: 1 };
    expect(net(['121,00', '21%'], source)).toBe(10000);
    expect(net(['-121,00', 21], source)).toBe(-10000);
    expect(net(['109,00', 0.09], source)).toBe(10000);
    expect(net(['100,00', 'verlegd'], source)).toBe(10000);
    expect(net(['100,00', ''], source)).toBe('vatRate: the VAT rate is empty');
    expect(net(['', '21'], source)).toBe('amount: the amount is empty');
  });
});

describe('parseVatRate', () => {
  const rate = (value: unknown) => {
    const reading = parseVatRate(value);
    return reading.ok ? reading.basisPoints : reading.reason;
  };
  it('reads percentages, fractions and words for no VAT', () => {
    expect(rate('21%')).toBe(2100);
    expect(rate('21')).toBe(2100);
    expect(rate('21,0 %')).toBe(2100);
    expect(rate('0.21')).toBe(2100);
    expect(rate('Hoog 21%')).toBe(2100);
    expect(rate('9')).toBe(900);
    expect(rate('0,5%')).toBe(50);
    expect(rate(0.055)).toBe(550);
    expect(rate(21)).toBe(2100);
    expect(rate(0)).toBe(0);
    expect(rate('0%')).toBe(0);
    expect(rate('BTW verlegd')).toBe(0);
    expect(rate('Vrijgesteld')).toBe(0);
    expect(rate('geen')).toBe(0);
  });
  it('refuses what is no rate', () => {
    expect(rate('Hoog')).toBe("'Hoog' is not a VAT rate");
    expect(rate('250%')).toBe("'250%' is not a VAT rate");
    expect(rate(true)).toBe("'true' is not a VAT rate");
    expect(parseVatRate('')).toMatchObject({ code: 'vatRate.empty', params: {} });
    expect(parseVatRate('Hoog')).toMatchObject({
      code: 'vatRate.notARate',
      params: { cell: "'Hoog'" },
    });
  });
});

describe('netFromGross', () => {
  it('rounds half away from zero, exactly', () => {
    expect(netFromGross(12100, 2100)).toBe(10000);
    expect(netFromGross(1, 2100)).toBe(1);
    expect(netFromGross(-1, 2100)).toBe(-1);
    expect(netFromGross(0, 2100)).toBe(0);
    expect(netFromGross(Number.MAX_SAFE_INTEGER, 0)).toBe(Number.MAX_SAFE_INTEGER);
  });
  it('gives back the net amount VAT was added to', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
        fc.constantFrom(0, 600, 900, 2100),
        (cents, bp) => {
          const gross = cents + Math.sign(cents) * Math.round((Math.abs(cents) * bp) / 10_000);
          expect(Math.abs(netFromGross(gross, bp) - cents)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
