import { describe, expect, it } from 'vitest';
import { suggestedIntroductions } from './introductions.ts';

describe('bring ambassadors in contact with promising prospects (method §10)', () => {
  const ambassadorList = [
    { organizationId: 'atlas', sector: 'bouw', region: 'Utrecht' },
    { organizationId: 'boreas', sector: 'zorg', region: 'Utrecht' },
    { organizationId: 'ceres', sector: 'bouw', region: 'Gelderland' },
  ];

  it('a prospect that fits the profile is suggested to the ambassadors of its sector', () => {
    const suggestions = suggestedIntroductions(
      [{ id: 'delta', sector: 'bouw', region: 'Utrecht', fit: 75 }],
      ambassadorList,
    );
    expect(suggestions).toEqual([
      {
        prospectId: 'delta',
        ambassadorOrganizationId: 'atlas',
        fit: 75,
        basis: 'sector',
        value: 'bouw',
      },
      {
        prospectId: 'delta',
        ambassadorOrganizationId: 'ceres',
        fit: 75,
        basis: 'sector',
        value: 'bouw',
      },
    ]);
  });

  it('a prospect whose sector is unknown is matched by its region', () => {
    expect(
      suggestedIntroductions(
        [{ id: 'eos', sector: null, region: 'Utrecht', fit: 50 }],
        ambassadorList,
      ).map((s) => [s.ambassadorOrganizationId, s.basis]),
    ).toEqual([
      ['atlas', 'region'],
      ['boreas', 'region'],
    ]);
  });

  it('a prospect below half the traits, or one nothing can be compared of, is not suggested', () => {
    expect(
      suggestedIntroductions(
        [
          { id: 'faun', sector: 'bouw', region: null, fit: 49 },
          { id: 'gaia', sector: 'bouw', region: null, fit: null },
          { id: 'hera', sector: 'ict', region: null, fit: 100 },
        ],
        ambassadorList,
      ),
    ).toEqual([]);
  });
});
