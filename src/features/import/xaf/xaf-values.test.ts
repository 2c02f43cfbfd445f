import { describe, expect, it } from 'vitest';
import { decimalToCents, isoDate, normaliseVatNumber, versionFromNamespace } from './xaf-values.ts';

describe('decimalToCents', () => {
  it('reads the digits exactly, whatever the number of decimals written', () => {
    expect(decimalToCents('1210.00')).toBe(121000);
    expect(decimalToCents('750.5')).toBe(75050);
    expect(decimalToCents('12')).toBe(1200);
    expect(decimalToCents('12.')).toBe(1200);
    expect(decimalToCents('.07')).toBe(7);
    expect(decimalToCents(' +0.10 ')).toBe(10);
    expect(decimalToCents('-242.00')).toBe(-24200);
    expect(decimalToCents('0.29')).toBe(29);
    expect(decimalToCents('1.005')).toBe(101);
  });

  it('rounds beyond two decimals half away from zero', () => {
    expect(decimalToCents('99.995')).toBe(10000);
    expect(decimalToCents('99.99499999')).toBe(9999);
    expect(decimalToCents('-0.005')).toBe(-1);
    expect(decimalToCents('-0.0049')).toBe(0);
    expect(Object.is(decimalToCents('-0.00'), 0)).toBe(true);
  });

  it('refuses what is not an XML decimal or does not fit', () => {
    for (const text of ['', '.', '-', '1,50', '1.234,56', '1e3', '12 000', 'EUR 5', '0x10']) {
      expect(decimalToCents(text)).toBeNull();
    }
    expect(decimalToCents('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
    expect(decimalToCents('90071992547409.92')).toBeNull();
  });
});

describe('isoDate', () => {
  it('takes the date of an xs:date, with or without a zone or time', () => {
    expect(isoDate('2024-02-29')).toBe('2024-02-29');
    expect(isoDate('2024-02-29Z')).toBe('2024-02-29');
    expect(isoDate('2024-02-29+01:00')).toBe('2024-02-29');
    expect(isoDate('2024-02-29T00:00:00')).toBe('2024-02-29');
  });

  it('refuses what is not a date of the calendar', () => {
    for (const text of ['2023-02-29', '2024-13-01', '29-02-2024', '2024/02/29', '20240229', '']) {
      expect(isoDate(text)).toBeNull();
    }
  });
});

describe('versionFromNamespace', () => {
  it('names the version of every namespace in use', () => {
    expect(versionFromNamespace('http://www.auditfiles.nl/XAF/3.2')).toBe('3.2');
    expect(versionFromNamespace('http://www.auditfiles.nl/XAF/3.1/')).toBe('3.1');
    expect(
      versionFromNamespace(
        'http://www.odb.belastingdienst.nl/Belastingdienst/BCPP/1.0/structures/XmlAuditfileFinancieel3.2.1',
      ),
    ).toBe('3.2.1');
    expect(
      versionFromNamespace(
        'http://www.odb.belastingdienst.nl/Belastingdienst/BCPP/1.1/structures/XmlauditfileXAF_4.0',
      ),
    ).toBe('4.0');
    expect(versionFromNamespace('http://www.odb.belastingdienst.nl/XAF/4.0')).toBe('4.0');
    expect(versionFromNamespace('http://www.auditfiles.nl/XAF/4.0')).toBe('4.0');
    expect(versionFromNamespace('')).toBeNull();
    expect(
      versionFromNamespace('urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'),
    ).toBeNull();
  });
});

describe('normaliseVatNumber', () => {
  it('drops spaces, dots and dashes and writes capitals', () => {
    expect(normaliseVatNumber(' nl 0012.34.567-b01 ')).toBe('NL001234567B01');
  });

  it('takes a text without digits for no number', () => {
    for (const text of ['  ', '-', 'onbekend', null]) expect(normaliseVatNumber(text)).toBeNull();
  });
});
