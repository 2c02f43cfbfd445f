import { describe, expect, it } from 'vitest';
import { fullFamilyName, splitFamilyName } from './dutch-family-name.ts';

describe('Dutch family names', () => {
  it('splits the infix from the name', () => {
    expect(splitFamilyName('van der Berg')).toEqual({ infix: 'van der', lastName: 'Berg' });
    expect(splitFamilyName("van 't Hek")).toEqual({ infix: "van 't", lastName: 'Hek' });
    expect(splitFamilyName('de Vries')).toEqual({ infix: 'de', lastName: 'Vries' });
    expect(splitFamilyName('Bakker')).toEqual({ infix: null, lastName: 'Bakker' });
  });
  it('keeps capitalised infixes (Flemish names) and a name that is only an infix whole', () => {
    expect(splitFamilyName('Van Damme')).toEqual({ infix: null, lastName: 'Van Damme' });
    expect(splitFamilyName('de')).toEqual({ infix: null, lastName: 'de' });
    expect(splitFamilyName('van der')).toEqual({ infix: 'van', lastName: 'der' });
  });
  it('writes the family name in full', () => {
    expect(fullFamilyName({ infix: 'van der', lastName: 'Berg' })).toBe('van der Berg');
    expect(fullFamilyName({ infix: null, lastName: 'Bakker' })).toBe('Bakker');
  });
});
