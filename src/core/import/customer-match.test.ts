import { describe, expect, it } from 'vitest';
import { customerKey, customerMatcher, type KnownOrganization } from './customer-match.ts';

const organization = (over: Partial<KnownOrganization> & { id: string }): KnownOrganization => ({
  name: over.id,
  legalName: null,
  kvkNumber: null,
  customerCode: null,
  archived: false,
  ...over,
});
const customer = (over: { code?: string; kvkNumber?: string; name?: string }) => ({
  code: over.code ?? null,
  kvkNumber: over.kvkNumber ?? null,
  vatNumber: null,
  name: over.name ?? null,
});

describe('matching customers of an export to organisations', () => {
  const match = customerMatcher([
    organization({ id: 'vries', name: 'Bouwbedrijf De Vries B.V.', customerCode: 'D1001' }),
    organization({ id: 'zwaan', name: 'Café de Zwaan', kvkNumber: '12345678' }),
    organization({ id: 'old-zwaan', name: 'Café de Zwaan', archived: true }),
    organization({ id: 'jansen-1', name: 'Jansen' }),
    organization({ id: 'jansen-2', name: 'Jansen V.O.F.' }),
    organization({ id: 'legal', name: 'Merk', legalName: 'Merk Holding N.V.' }),
  ]);

  it('tries the code, then the KvK number, then the name', () => {
    expect(match(customer({ code: 'd1001', name: 'Iets anders' }))).toEqual({
      organizationId: 'vries',
      by: 'code',
    });
    expect(match(customer({ code: 'X9', kvkNumber: '1234 5678' }))).toEqual({
      organizationId: 'zwaan',
      by: 'kvk',
    });
    expect(match(customer({ name: 'bouwbedrijf de vries bv' }))).toEqual({
      organizationId: 'vries',
      by: 'name',
    });
    expect(match(customer({ name: 'Merk Holding NV' }))).toEqual({
      organizationId: 'legal',
      by: 'name',
    });
  });

  it('prefers an active organisation to an archived one of the same name', () => {
    expect(match(customer({ name: 'CAFE DE ZWAAN' }))).toMatchObject({ organizationId: 'zwaan' });
  });

  it('does not guess between two active organisations of the same name', () => {
    expect(match(customer({ name: 'Jansen' }))).toEqual({
      organizationId: null,
      reason: 'ambiguous',
    });
    expect(match(customer({ name: 'Pietersen' }))).toEqual({
      organizationId: null,
      reason: 'unknown',
    });
  });

  it('keys the lines of one customer alike', () => {
    expect(customerKey(customer({ code: ' D1001 ', name: 'A' }))).toBe('code:d1001');
    expect(customerKey(customer({ kvkNumber: '12.34.56.78' }))).toBe('kvk:12345678');
    expect(customerKey(customer({ name: 'De Vries, B.V.' }))).toBe(
      customerKey(customer({ name: 'de vries bv' })),
    );
    expect(customerKey(customer({}))).toBe('');
  });
});
