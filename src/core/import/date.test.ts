import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDateOrder, excelSerialDate, parseDate, type DateOrder } from './date.ts';

const read = (value: unknown, order?: DateOrder) => {
  const reading = parseDate(value, order);
  return reading.ok ? reading.date : reading.reason;
};

describe('parseDate', () => {
  it('reads the numeric notations of Dutch and international exports', () => {
    for (const text of [
      '31-12-2024',
      '31/12/2024',
      '31.12.2024',
      '2024-12-31',
      '2024/12/31',
      '2024.12.31',
      '20241231',
      '31122024',
      '31-12-24',
      ' 31-12-2024 ',
    ]) {
      expect(read(text), text).toBe('2024-12-31');
    }
    expect(read('1-2-2024')).toBe('2024-02-01');
    expect(read('1-2-2024', 'mdy')).toBe('2024-01-02');
    expect(read('24-12-31', 'ymd')).toBe('2024-12-31');
    expect(read('31-12-2024', 'ymd')).toBe('2024-12-31');
  });

  it('drops a time of day without converting it', () => {
    expect(read('2024-12-31T00:00:00')).toBe('2024-12-31');
    expect(read('2024-12-31T23:30:00+01:00')).toBe('2024-12-31');
    expect(read('2024-12-31T23:30:00.000Z')).toBe('2024-12-31');
    expect(read('2024-12-31 13:45')).toBe('2024-12-31');
    expect(read('31-12-2024 13:45:10')).toBe('2024-12-31');
    expect(read('12/31/2024 1:45 PM', 'mdy')).toBe('2024-12-31');
  });

  it('reads Dutch and English month names, whole or short', () => {
    expect(read('31 december 2024')).toBe('2024-12-31');
    expect(read('31 dec 2024')).toBe('2024-12-31');
    expect(read('31-Dec-24')).toBe('2024-12-31');
    expect(read('1 mrt. 2024')).toBe('2024-03-01');
    expect(read('15 mei 2024')).toBe('2024-05-15');
    expect(read('3 okt 2024')).toBe('2024-10-03');
    expect(read('December 31, 2024')).toBe('2024-12-31');
    expect(read('Mar 5 2024')).toBe('2024-03-05');
  });

  it('pivots two-digit years as POSIX does', () => {
    expect(read('01-01-68')).toBe('2068-01-01');
    expect(read('01-01-69')).toBe('1969-01-01');
    expect(read('01-01-00')).toBe('2000-01-01');
    expect(read('01-01-99')).toBe('1999-01-01');
  });

  it('reads Excel serial numbers, as numbers and as text', () => {
    expect(read(45657)).toBe('2024-12-31');
    expect(read(45657.75)).toBe('2024-12-31');
    expect(read('45657')).toBe('2024-12-31');
    expect(read(1)).toBe('1900-01-01');
    expect(read(59)).toBe('1900-02-28');
    expect(read(61)).toBe('1900-03-01');
    expect(read(60)).toBe("Excel's day 60 is 29 February 1900, a day that did not exist");
    expect(read(0)).toBe("'0' is not a date");
    expect(read(2_958_465)).toBe('9999-12-31');
    expect(read(20241231)).toBe('2024-12-31');
  });

  it('reads Date objects by their UTC parts', () => {
    expect(read(new Date(Date.UTC(2024, 11, 31)))).toBe('2024-12-31');
    expect(read(new Date(Date.UTC(2024, 11, 31, 23, 59, 59)))).toBe('2024-12-31');
    expect(read(new Date(Number.NaN))).toBe("'' is not a date");
  });

  it('refuses days that do not exist, with reasons a user reads', () => {
    expect(read('31-02-2024')).toBe("'31-02-2024' is not an existing date");
    expect(read('29-02-2023')).toBe("'29-02-2023' is not an existing date");
    expect(read('29-02-2024')).toBe('2024-02-29');
    expect(read('31-13-2024')).toBe("'31-13-2024' is not an existing date");
    expect(read('12-31-2024')).toBe("'12-31-2024' is not a date in day-month-year order");
    expect(read('31-12-2024', 'mdy')).toBe("'31-12-2024' is not a date in month-day-year order");
    expect(read('')).toBe('the date is empty');
    expect(read(null)).toBe('the date is empty');
    expect(read('morgen')).toBe("'morgen' is not a date");
    expect(read('31-12/2024')).toBe("'31-12/2024' is not a date");
    expect(read('2024')).toBe("'2024' is not a date");
    expect(read(true)).toBe("'true' is not a date");
    expect(read('dec 2024')).toBe("'dec 2024' is not a date");
    expect(read('x'.repeat(1_000_000))).toMatch(/^'x{40}…' is not a date$/);
  });

  it('gives each reason a code with the values its sentence takes', () => {
    const why = (value: unknown, order: DateOrder = 'dmy') => {
      const reading = parseDate(value, order);
      return reading.ok ? null : { code: reading.code, params: reading.params };
    };
    expect(why('')).toEqual({ code: 'date.empty', params: {} });
    expect(why('morgen')).toEqual({ code: 'date.notADate', params: { cell: "'morgen'" } });
    expect(why('31-02-2024')).toEqual({
      code: 'date.notExisting',
      params: { cell: "'31-02-2024'" },
    });
    expect(why('12-31-2024')).toEqual({
      code: 'date.notDayMonthYear',
      params: { cell: "'12-31-2024'" },
    });
    expect(why('31-12-2024', 'mdy')).toEqual({
      code: 'date.notMonthDayYear',
      params: { cell: "'31-12-2024'" },
    });
    expect(why(60)).toEqual({ code: 'date.excelDay60', params: {} });
  });

  it('refuses a hostile megabyte of text at once', () => {
    const started = performance.now();
    expect(read(`x${' '.repeat(1_000_000)}x`)).toMatch(/is not a date$/);
    expect(detectDateOrder([`1${'\t'.repeat(1_000_000)}1:00x`])).toBe('dmy');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads back any date written in each style', () => {
    const dutch =
      'januari februari maart april mei juni juli augustus september oktober november december';
    const english = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec';
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1969-01-01T00:00:00Z'),
          max: new Date('2068-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (moment) => {
          const date = new Date(
            Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()),
          );
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-') as [string, string, string];
          const month = Number(m);
          const serial = Math.round(date.getTime() / 86_400_000) + 25_569;
          const texts = [
            `${d}-${m}-${y}`,
            `${d}/${m}/${y}`,
            `${d}.${m}.${y}`,
            `${y}-${m}-${d}`,
            `${y}/${m}/${d}`,
            `${y}${m}${d}`,
            `${Number(d)}-${month}-${y}`,
            `${d} ${dutch.split(' ')[month - 1]} ${y}`,
            `${Number(d)} ${english.split(' ')[month - 1]} ${y}`,
            `${iso}T00:00:00`,
          ];
          if (y >= '1969') texts.push(`${d}-${m}-${y.slice(2)}`);
          for (const text of texts) expect(read(text), text).toBe(iso);
          expect(read(`${m}/${d}/${y}`, 'mdy')).toBe(iso);
          expect(read(date)).toBe(iso);
          expect(read(serial)).toBe(iso);
        },
      ),
    );
  });
});

describe('excelSerialDate', () => {
  it('turns 45657 into the last day of 2024', () => {
    expect(excelSerialDate(45657)).toEqual({ ok: true, date: '2024-12-31' });
  });
});

describe('detectDateOrder', () => {
  it('lets a value with a first part above 12 decide day-first', () => {
    expect(detectDateOrder(['01-02-2024', '13-02-2024'])).toBe('dmy');
  });
  it('lets a value with a second part above 12 decide month-first', () => {
    expect(detectDateOrder(['01/02/2024', '02/13/2024', null, 45657])).toBe('mdy');
  });
  it('sees year-first columns', () => {
    expect(detectDateOrder(['2024-01-02', '2024-02-13 10:00'])).toBe('ymd');
  });
  it('is day-first when the values do not tell', () => {
    expect(detectDateOrder(['01-02-2024', '03-04-2024'])).toBe('dmy');
    expect(detectDateOrder([])).toBe('dmy');
  });
});
