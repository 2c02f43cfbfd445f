import { describe, expect, it } from 'vitest';
import {
  addValue,
  fitColor,
  sameEdit,
  setTraitActive,
  spokenReasons,
  startingEdit,
  toggleValue,
  traitRows,
  valueProblem,
  type ProspectProfile,
} from './prospectProfile.ts';

const derived: ProspectProfile['derived'] = {
  clients: 3,
  sector: [{ value: 'Bouw', clients: 3, shareBasisPoints: 10_000 }],
  sizeClass: [
    { value: '10-49', clients: 2, shareBasisPoints: 6666 },
    { value: '50-249', clients: 1, shareBasisPoints: 3333 },
  ],
  region: [{ value: 'Oost', clients: 2, shareBasisPoints: 6666 }],
  services: [],
};
const view = { derived, profile: derived, edited: null };

describe('startingEdit', () => {
  it('switches every derived value on while the firm has not edited the profile', () => {
    expect(startingEdit(view)).toEqual({
      sector: { active: true, values: ['Bouw'] },
      sizeClass: { active: true, values: ['10-49', '50-249'] },
      region: { active: true, values: ['Oost'] },
      services: { active: true, values: [] },
    });
  });
  it("starts from the firm's saved profile once there is one", () => {
    const edited = {
      ...startingEdit(view),
      region: { active: false, values: ['West'] },
      updatedAt: '2026-11-26T08:00:00.000Z',
    };
    expect(startingEdit({ derived, edited }).region).toEqual({ active: false, values: ['West'] });
    expect(startingEdit({ derived, edited })).not.toHaveProperty('updatedAt');
  });
});

describe('editing', () => {
  const start = startingEdit(view);

  it('lists the derived values first, a switched-off one kept, then the added ones', () => {
    const edit = addValue(toggleValue(start, 'sizeClass', '50-249'), 'sizeClass', '250+');
    expect(traitRows(view, edit, 'sizeClass')).toEqual([
      { value: '10-49', clients: 2, shareBasisPoints: 6666, counts: true, derived: true },
      { value: '50-249', clients: 1, shareBasisPoints: 3333, counts: false, derived: true },
      { value: '250+', clients: null, shareBasisPoints: null, counts: true, derived: false },
    ]);
    // once saved, the server gives an added value's share
    const saved = {
      derived,
      profile: { ...derived, sizeClass: [{ value: '250+', clients: 0, shareBasisPoints: 0 }] },
    };
    expect(traitRows(saved, edit, 'sizeClass')[2]).toMatchObject({ clients: 0, counts: true });
  });

  it('drops an added value when it is switched off', () => {
    const edit = toggleValue(addValue(start, 'region', ' West '), 'region', 'West');
    expect(edit.region.values).toEqual(['Oost']);
    expect(sameEdit(edit, start)).toBe(true);
  });

  it('refuses an empty, too long or repeated value and leaves the edit as it was', () => {
    expect(valueProblem(start, 'sector', '  ')).toBe('empty');
    expect(valueProblem(start, 'sector', 'x'.repeat(101))).toBe('tooLong');
    expect(valueProblem(start, 'sector', ' Bouw')).toBe('repeated');
    expect(valueProblem(start, 'sector', 'Zorg')).toBeNull();
    expect(addValue(start, 'sector', 'Bouw')).toBe(start);
  });

  it('tells a change from the saved profile, including a trait switched off', () => {
    expect(sameEdit(start, startingEdit(view))).toBe(true);
    expect(sameEdit(setTraitActive(start, 'sector', false), start)).toBe(false);
    expect(sameEdit(toggleValue(start, 'sector', 'Bouw'), start)).toBe(false);
  });
});

describe('the fit list', () => {
  it('colours a fit by how good it is, grey when unknown', () => {
    expect([100, 75, 74, 50, 49, 0, null].map(fitColor)).toEqual([
      'teal',
      'teal',
      'yellow',
      'yellow',
      'orange',
      'orange',
      'gray',
    ]);
  });

  it('says the matched values, the prospect’s own when they do not fit, and skips traits not in the profile', () => {
    expect(
      spokenReasons([
        { trait: 'sector', outcome: 'matched', values: ['Bouw'], matchedValues: ['Bouw'] },
        { trait: 'sizeClass', outcome: 'unmatched', values: ['250+'], matchedValues: [] },
        { trait: 'region', outcome: 'unknown', values: [], matchedValues: [] },
        { trait: 'services', outcome: 'notInProfile', values: ['audit'], matchedValues: [] },
      ]),
    ).toEqual([
      { trait: 'sector', outcome: 'matched', values: 'Bouw' },
      { trait: 'sizeClass', outcome: 'unmatched', values: '250+' },
      { trait: 'region', outcome: 'unknown', values: '' },
    ]);
  });
});
