import { describe, expect, it } from 'vitest';
import type { BackupColumn, ColumnKind } from './backup.tables.ts';
import { encodeValue, valueProblem } from './backup.values.ts';

const column = (kind: ColumnKind, notNull = false): BackupColumn => ({
  name: 'c',
  kind,
  sqlType: kind,
  notNull,
  serial: false,
});

describe('encodeValue', () => {
  it('keeps bigints exact: a number while safe, a string beyond 2^53', () => {
    expect(encodeValue('bigint', '9007199254740991')).toBe(9_007_199_254_740_991);
    expect(encodeValue('bigint', '9007199254740993')).toBe('9007199254740993');
    expect(encodeValue('bigint', '-9223372036854775808')).toBe('-9223372036854775808');
  });

  it('writes timestamps as ISO 8601 with their offset and every microsecond', () => {
    expect(encodeValue('timestamptz', '2024-02-29 23:59:59.123456+00')).toBe(
      '2024-02-29T23:59:59.123456+00:00',
    );
    expect(encodeValue('timestamptz', '2024-01-01 00:00:00+00')).toBe('2024-01-01T00:00:00+00:00');
    expect(encodeValue('timestamptz', 'infinity')).toBe('infinity');
  });

  it('keeps numeric scale, dates, text and JSON as they are', () => {
    expect(encodeValue('numeric', '12.50')).toBe('12.50');
    expect(encodeValue('date', '2024-12-31')).toBe('2024-12-31');
    expect(encodeValue('text', 'Zoë "😀"\n')).toBe('Zoë "😀"\n');
    expect(encodeValue('json', '{"name": ["Ä", null]}')).toEqual({ name: ['Ä', null] });
    expect(encodeValue('integer', '-7')).toBe(-7);
    expect(encodeValue('date', null)).toBeNull();
  });
});

describe('valueProblem', () => {
  it('accepts what encodeValue writes', () => {
    const samples: [ColumnKind, string][] = [
      ['bigint', '9007199254740993'],
      ['bigint', '42'],
      ['integer', '3'],
      ['numeric', '-0.01'],
      ['date', '2024-02-29'],
      ['timestamptz', '2024-02-29 23:59:59.5+00'],
      ['text', ''],
      ['json', '[]'],
    ];
    for (const [kind, text] of samples) {
      expect(valueProblem(column(kind), encodeValue(kind, text))).toBeUndefined();
    }
  });

  it('names what does not fit the column', () => {
    expect(valueProblem(column('text', true), null)).toBe('is empty but may not be');
    expect(valueProblem(column('text'), 12)).toBe('is not text');
    expect(valueProblem(column('integer'), 1.5)).toBe('is not a whole number');
    expect(valueProblem(column('bigint'), '12a')).toBe('is not a whole number');
    expect(valueProblem(column('numeric'), 'twelve')).toBe('is not a number');
    expect(valueProblem(column('date'), '31-12-2024')).toBe('is not a date');
    expect(valueProblem(column('timestamptz'), '2024-01-01T10:00:00')).toBe(
      'is not a timestamp with an offset',
    );
  });
});
