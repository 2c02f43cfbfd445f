// Company names as accounting packages and people write them differ in case, accents,
// punctuation and the legal form; the match key keeps only what tells companies apart.
import { searchKey } from '../search-key.ts';

// Legal forms as one word once their dots are gone ("B.V." → "bv"). "Stichting", "Vereniging"
// and "Holding" stay: they name a different organisation than the company without them.
const LEGAL_FORMS = new Set([
  'bv',
  'nv',
  'vof',
  'cv',
  'bvba',
  'cvba',
  'sprl',
  'ltd',
  'limited',
  'plc',
  'gmbh',
  'ag',
  'inc',
  'llc',
  'sa',
  'sarl',
  'sl',
]);

/**
 * The key for matching a customer name to an organisation: "Bouwbedrijf De Vries B.V.",
 * "bouwbedrijf de vries bv" and "Bouwbedrijf de Vries, B.V." all give "bouwbedrijf de vries".
 * Case, accents, punctuation and legal forms do not count; "&", "en" and "and" are the same.
 */
export function matchKey(name: string): string {
  const words = searchKey(name)
    // "B.V." and "V.O.F." lose their dots and become one word; so does "www.site.nl".
    .replace(/['’`.]/g, '')
    .replace(/&|\+/g, ' en ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => (word === 'and' ? 'en' : word));
  const joined = joinInitials(words);
  const kept = joined.filter(
    (word, i) => !LEGAL_FORMS.has(word) && !(word === 'io' && LEGAL_FORMS.has(joined[i - 1] ?? '')),
  );
  return (kept.length > 0 ? kept : joined).join(' ');
}

/** "b v" → "bv": initials written apart ("B. V.") become one word. */
function joinInitials(words: readonly string[]): string[] {
  const joined: string[] = [];
  let initials = '';
  for (const word of [...words, '']) {
    if (word.length === 1) {
      initials += word;
      continue;
    }
    if (initials.length > 0) joined.push(initials);
    initials = '';
    if (word !== '') joined.push(word);
  }
  return joined;
}
