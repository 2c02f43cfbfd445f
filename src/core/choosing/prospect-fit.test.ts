import { describe, expect, it } from 'vitest';
import { idealProfile, prospectFit, type OrganisationTraits } from './prospect-fit.ts';

const traits = (
  sector: string | null,
  sizeClass: string | null,
  region: string | null,
  ...services: string[]
): OrganisationTraits => ({ sector, sizeClass, region, services });

// Six A-clients: mostly care (zorg) in the east, of 50–249 people. One client is 16.7%.
const aClients = [
  traits('Q', '50-249', 'Oost', 'audit', 'tax'),
  traits('Q', '50-249', 'Oost', 'audit'),
  traits('Q', '50-249', 'Oost', 'audit'),
  traits('Q', '10-49', 'Noord', 'audit', 'advice'),
  traits('P', '50-249', 'Oost', 'tax', 'tax'),
  traits('K', null, 'West', 'payroll'),
];

describe('idealProfile', () => {
  const profile = idealProfile(aClients);

  it('keeps the values at least a fifth of the top clients share, most common first', () => {
    expect(profile).toEqual({
      clients: 6,
      sector: [{ value: 'Q', clients: 4, shareBasisPoints: 6666 }],
      sizeClass: [{ value: '50-249', clients: 4, shareBasisPoints: 6666 }],
      region: [{ value: 'Oost', clients: 4, shareBasisPoints: 6666 }],
      services: [
        { value: 'audit', clients: 4, shareBasisPoints: 6666 },
        { value: 'tax', clients: 2, shareBasisPoints: 3333 }, // bought twice by one client: once
      ],
    });
  });
  it('takes another minimum share, including values exactly at it', () => {
    const wide = idealProfile(aClients, 1000);
    expect(wide.sector.map((v) => [v.value, v.clients])).toEqual([
      ['Q', 4],
      ['K', 1],
      ['P', 1],
    ]);
    // 2 of 6 is exactly 33.33…%: in at 3333 basis points, out at 3334
    expect(idealProfile(aClients, 3333).services.map((v) => v.value)).toEqual(['audit', 'tax']);
    expect(idealProfile(aClients, 3334).services.map((v) => v.value)).toEqual(['audit']);
    expect(() => idealProfile(aClients, 10_001)).toThrow(/basis points/);
  });
  it('is empty without top clients', () => {
    expect(idealProfile([])).toEqual({
      clients: 0,
      sector: [],
      sizeClass: [],
      region: [],
      services: [],
    });
  });
});

describe('prospectFit', () => {
  const profile = idealProfile(aClients);

  it('scores the share of traits the prospect matches, with the reasons', () => {
    const fit = prospectFit(profile, traits('Q', '10-49', 'Oost', 'tax', 'legal'));
    expect(fit).toMatchObject({ fit: 75, matched: 3, compared: 4 });
    expect(fit.reasons).toEqual([
      {
        trait: 'sector',
        outcome: 'matched',
        values: ['Q'],
        matchedValues: [{ value: 'Q', clients: 4, shareBasisPoints: 6666 }],
      },
      { trait: 'sizeClass', outcome: 'unmatched', values: ['10-49'], matchedValues: [] },
      {
        trait: 'region',
        outcome: 'matched',
        values: ['Oost'],
        matchedValues: [{ value: 'Oost', clients: 4, shareBasisPoints: 6666 }],
      },
      {
        trait: 'services',
        outcome: 'matched',
        values: ['tax', 'legal'],
        matchedValues: [{ value: 'tax', clients: 2, shareBasisPoints: 3333 }],
      },
    ]);
  });
  it('leaves unknown traits out rather than counting them against the prospect', () => {
    const fit = prospectFit(profile, traits('Q', null, 'West'));
    expect(fit).toMatchObject({ fit: 50, matched: 1, compared: 2 });
    expect(fit.reasons.map((r) => r.outcome)).toEqual([
      'matched',
      'unknown',
      'unmatched',
      'unknown',
    ]);
    expect(prospectFit(profile, traits('Q', '50-249', 'Oost', 'audit')).fit).toBe(100);
    expect(prospectFit(profile, traits('F', '250+', 'Zuid', 'legal')).fit).toBe(0);
  });
  it('rounds to a whole percentage and has no fit when nothing can be compared', () => {
    expect(prospectFit(profile, traits('Q', '10-49', 'West')).fit).toBe(33); // 1 of 3
    expect(prospectFit(profile, traits('Q', '50-249', 'West')).fit).toBe(67); // 2 of 3
    expect(prospectFit(profile, traits(null, null, null)).fit).toBeNull();
    const empty = idealProfile([]);
    const fit = prospectFit(empty, traits('Q', '50-249', 'Oost', 'audit'));
    expect(fit.fit).toBeNull();
    expect(fit.reasons.every((r) => r.outcome === 'notInProfile')).toBe(true);
  });
});
