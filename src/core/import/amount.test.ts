import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDecimalSeparator, parseAmount } from './amount.ts';

const cents = (text: unknown, hint: ',' | '.' | null = null) => {
  const reading = parseAmount(text, hint);
  return reading.ok ? reading.cents : reading.reason;
};

describe('parseAmount', () => {
  it('reads Dutch, English and plain notations', () => {
    expect(cents('1234,56')).toBe(123456);
    expect(cents('1.234,56')).toBe(123456);
    expect(cents('1,234.56')).toBe(123456);
    expect(cents('1234.56')).toBe(123456);
    expect(cents('1 234,56')).toBe(123456);
    expect(cents('1\u00a0234,56')).toBe(123456);
    expect(cents("1'234.56")).toBe(123456);
    expect(cents('1.234.567,89')).toBe(123456789);
    expect(cents('1,234,567')).toBe(123456700);
    expect(cents('12,5')).toBe(1250);
    expect(cents('12')).toBe(1200);
    expect(cents(',5')).toBe(50);
    expect(cents('0,123')).toBe(12);
    expect(cents('007')).toBe(700);
  });

  it('reads euro signs and codes wherever they stand', () => {
    expect(cents('€ 1.234,56')).toBe(123456);
    expect(cents('€1,234.56')).toBe(123456);
    expect(cents('EUR 12')).toBe(1200);
    expect(cents('EUR12')).toBe(1200);
    expect(cents('12,00 €')).toBe(1200);
    expect(cents('12 eur')).toBe(1200);
  });

  it('reads every way of writing a negative amount', () => {
    expect(cents('-1.234,56')).toBe(-123456);
    expect(cents('1.234,56-')).toBe(-123456);
    expect(cents('(1.234,56)')).toBe(-123456);
    expect(cents('\u22121.234,56')).toBe(-123456);
    expect(cents('€ -12')).toBe(-1200);
    expect(cents('-€ 12')).toBe(-1200);
    expect(cents('(€ 12)')).toBe(-1200);
    expect(cents('+12')).toBe(1200);
    expect(cents('-0,00')).toBe(0);
    expect(Object.is(cents('-0'), 0)).toBe(true);
  });

  it('lets the column decide whether "1.234" is 1234 or 1.234', () => {
    expect(cents('1.234', ',')).toBe(123400);
    expect(cents('1.234', '.')).toBe(123);
    expect(cents('1,234', '.')).toBe(123400);
    expect(cents('1,234', ',')).toBe(123);
    expect(cents('1.234')).toBe(
      "'1.234' can be read as 1234 or as 1.234: choose the decimal separator of the file",
    );
    // Not ambiguous: a leading zero, four digits before it, or a repeated separator.
    expect(cents('1234,567')).toBe(123457);
    expect(cents('1.234.567', '.')).toBe(123456700);
  });

  it('rounds up to four decimals half away from zero and refuses more', () => {
    expect(cents('12,345', ',')).toBe(1235);
    expect(cents('-12,345', ',')).toBe(-1235);
    expect(cents('12,3449')).toBe(1234);
    expect(cents('12,34567')).toBe("'12,34567' has more than 4 decimals");
  });

  it('reads XLSX numbers by their decimal form, so 1.005 rounds up as typed', () => {
    expect(cents(1234.56)).toBe(123456);
    expect(cents(1.005)).toBe(101);
    expect(cents(-1.005)).toBe(-101);
    expect(cents(0.1 + 0.2)).toBe(30);
    expect(cents(1e-7)).toBe(0);
    expect(cents(12)).toBe(1200);
    expect(cents(Number.NaN)).toBe("'NaN' is not an amount");
    expect(cents(1e15)).toBe("'1000000000000000' is too large for an amount");
  });

  it('gives reasons a user reads', () => {
    expect(cents('12abc')).toBe("'12abc' is not an amount");
    expect(cents('')).toBe('the amount is empty');
    expect(cents(null)).toBe('the amount is empty');
    expect(cents('--12')).toBe("'--12' is not an amount");
    expect(cents('12 34')).toBe("'12 34' is not an amount");
    expect(cents('1.23.4')).toBe("'1.23.4' is not an amount");
    expect(cents('12,')).toBe("'12,' is not an amount");
    expect(cents('$ 12')).toBe("'$ 12' is not in euros");
    expect(cents('USD 12')).toBe("'USD 12' is not in euros");
    expect(cents('ABC')).toBe("'ABC' is not an amount");
    expect(cents(true)).toBe("'true' is not an amount");
    expect(cents('12345678901234')).toBe("'12345678901234' is too large for an amount");
    expect(cents('9'.repeat(100_000))).toMatch(/^'9{40}…' is not an amount$/);
  });

  it('gives each reason a code with the values its sentence takes', () => {
    const why = (text: unknown, hint: ',' | '.' | null = null) => {
      const reading = parseAmount(text, hint);
      return reading.ok ? null : { code: reading.code, params: reading.params };
    };
    expect(why('')).toEqual({ code: 'amount.empty', params: {} });
    expect(why('12abc')).toEqual({ code: 'amount.notAnAmount', params: { cell: "'12abc'" } });
    expect(why('$ 12')).toEqual({ code: 'amount.notInEuros', params: { cell: "'$ 12'" } });
    expect(why('1.234')).toEqual({
      code: 'amount.ambiguous',
      params: { cell: "'1.234'", whole: '1234', decimal: '1.234' },
    });
    expect(why('1,23456', ',')).toEqual({
      code: 'amount.tooManyDecimals',
      params: { cell: "'1,23456'", max: 4 },
    });
    expect(why(1e15)).toEqual({ code: 'amount.tooLarge', params: { cell: "'1000000000000000'" } });
  });

  it('refuses a hostile megabyte of text at once', () => {
    const started = performance.now();
    expect(cents(`${'9'.repeat(1_000_000)}x`)).toMatch(/is not an amount$/);
    expect(cents(`x${' '.repeat(1_000_000)}eur`)).toMatch(/is not an amount$/);
    expect(detectDecimalSeparator([`${'1,'.repeat(500_000)}x`])).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads back any amount written in Dutch or English style', () => {
    const group = (digits: string, separator: string) =>
      digits.replace(/\B(?=(\d{3})+$)/g, separator);
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }),
        fc.boolean(),
        fc.constantFrom('', '€ ', 'EUR '),
        (value, grouped, currency) => {
          const size = Math.abs(value);
          const whole = String(Math.floor(size / 100));
          const decimals = String(size % 100).padStart(2, '0');
          const sign = value < 0 ? '-' : '';
          const nl = `${sign}${currency}${grouped ? group(whole, '.') : whole},${decimals}`;
          const en = `${currency}${sign}${grouped ? group(whole, ',') : whole}.${decimals}`;
          expect(cents(nl, ',')).toBe(value);
          expect(cents(en, '.')).toBe(value);
          expect(cents(nl)).toBe(value);
          expect(cents(`(${en.replace('-', '')})`)).toBe(-size || 0);
        },
      ),
    );
  });
});

describe('detectDecimalSeparator', () => {
  it('decides on values that show their decimals', () => {
    expect(detectDecimalSeparator(['1.500', '12,50', '3'])).toBe(',');
    expect(detectDecimalSeparator(['1,500', '12.50'])).toBe('.');
    expect(detectDecimalSeparator(['1.234,56'])).toBe(',');
    expect(detectDecimalSeparator(['1,234.56'])).toBe('.');
    expect(detectDecimalSeparator(['1.234.567'])).toBe(',');
  });

  it('reads a column of whole thousands as grouped, since money has two decimals', () => {
    expect(detectDecimalSeparator(['1.500', '2.000', '€ 12.250'])).toBe(',');
    expect(detectDecimalSeparator(['1,500', '-2,000'])).toBe('.');
  });

  it('says nothing when the values do not tell', () => {
    expect(detectDecimalSeparator([])).toBeNull();
    expect(detectDecimalSeparator(['12', '300', 'abc', 12.5, null])).toBeNull();
    expect(detectDecimalSeparator(['1.500', '1,500'])).toBeNull();
    expect(detectDecimalSeparator(['1,50', '2.50'])).toBeNull();
  });
});

describe('parseAmount on plain cells', () => {
  it('reads them as the full reading does, whatever the column says', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.stringMatching(/^\d{1,13}$/),
        fc.option(fc.tuple(fc.constantFrom(',', '.'), fc.stringMatching(/^\d{1,2}$/))),
        fc.constantFrom(',', '.', null),
        (negative, whole, decimals, separator) => {
          const text = `${negative ? '-' : ''}${whole}${decimals ? decimals.join('') : ''}`;
          // the same text with a space in front takes the full reading
          expect(parseAmount(text, separator)).toEqual(parseAmount(` ${text}`, separator));
        },
      ),
    );
  });
});
