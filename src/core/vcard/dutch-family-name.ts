// Dutch family names with a tussenvoegsel ("van der Berg"): the infix belongs to the name when it
// is written in full, but lists sort under the name without it ("Berg, Jan van der").

// The infixes in use, longest first so "van der" wins over "van".
const infixes = [
  'van de',
  'van den',
  'van der',
  'van het',
  "van 't",
  'in de',
  'in den',
  'in der',
  "in 't",
  'in het',
  'op de',
  'op den',
  'op het',
  "op 't",
  'uit de',
  'uit den',
  'uit het',
  "uit 't",
  'aan de',
  'aan den',
  'aan het',
  'bij de',
  'onder de',
  'over de',
  'de la',
  'de',
  'den',
  'der',
  'des',
  'het',
  "'t",
  'te',
  'ten',
  'ter',
  'van',
  'von',
  'vander',
  'la',
  'le',
  'di',
  'da',
  'du',
  'el',
  'al',
]
  .map((infix) => infix.split(' '))
  .sort((a, b) => b.length - a.length);

/**
 * A family name split into its infix and the name itself: "van der Berg" → "van der" + "Berg".
 * Only infix words written in lower case count, so the Flemish "Van Damme" stays whole, and a
 * name that would be left empty ("De") is kept as it is.
 */
export function splitFamilyName(family: string): { infix: string | null; lastName: string } {
  const words = family.trim().split(/\s+/).filter(Boolean);
  let taken = 0;
  for (;;) {
    const rest = words.slice(taken);
    const match = infixes.find(
      (infix) => infix.length < rest.length && infix.every((word, i) => rest[i] === word),
    );
    if (!match) break;
    taken += match.length;
  }
  if (taken === 0) return { infix: null, lastName: words.join(' ') };
  return { infix: words.slice(0, taken).join(' '), lastName: words.slice(taken).join(' ') };
}

/** The family name written in full: "van der" + "Berg" → "van der Berg". */
export function fullFamilyName(name: { infix?: string | null; lastName: string }): string {
  return [name.infix, name.lastName].filter(Boolean).join(' ');
}

/** Whether a word starts an infix, for telling first names from family names in "Jan van Dijk". */
export function startsWithInfix(words: readonly string[]): boolean {
  return infixes.some(
    (infix) => infix.length < words.length && infix.every((word, i) => words[i] === word),
  );
}
