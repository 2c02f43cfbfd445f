/** Text folded for searching and sorting: lower case, diacritics removed ("Café Ö" → "cafe o"). */
export function searchKey(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern for a search term, with its wildcards escaped. */
export function likePattern(term: string): string {
  return `%${searchKey(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
