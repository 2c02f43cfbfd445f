// Fingerprints let a re-import of the same or an overlapping file recognise lines it has
// already written. They must never change between releases, so the hash is written out here.

/** FNV-1a, 64 bits, over the text's UTF-8 bytes, as 16 hex digits. */
export function fnv1a64(text: string): string {
  // The 64-bit state is kept as two 32-bit halves, so every product stays exact in a number.
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  const mix = (byte: number) => {
    low = (low ^ byte) >>> 0;
    // state × prime, where prime = 2^40 + 0x1b3
    const lowProduct = low * 0x1b3;
    high = (high * 0x1b3 + Math.floor(lowProduct / 0x1_0000_0000) + ((low << 8) >>> 0)) >>> 0;
    low = lowProduct >>> 0;
  };
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x80) mix(code);
    else if (code < 0x800) {
      mix(0xc0 | (code >> 6));
      mix(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      mix(0xe0 | (code >> 12));
      mix(0x80 | ((code >> 6) & 0x3f));
      mix(0x80 | (code & 0x3f));
    } else {
      mix(0xf0 | (code >> 18));
      mix(0x80 | ((code >> 12) & 0x3f));
      mix(0x80 | ((code >> 6) & 0x3f));
      mix(0x80 | (code & 0x3f));
    }
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}

/** The text a line's fingerprint is made of: its fields in a fixed order, empty for null. */
export function canonicalLine(fields: readonly (string | number | null)[]): string {
  return fields.map((field) => String(field ?? '').replace(/\u001f/g, ' ')).join('\u001f');
}

/** A line's fingerprint: its canonical text and which occurrence of that text in the source it is. */
export function lineFingerprint(canonical: string, occurrence: number): string {
  return fnv1a64(`${canonical}\u001f${occurrence}`);
}

/**
 * Counts identical lines within one source: the first is occurrence 1, the next 2, and so on.
 * Memory stays bounded for sources of millions of lines: two generations of at most `capacity`
 * hashes each; when the newer one is full it becomes the older and the oldest is dropped whole
 * (deleting single entries from a full Map slows down with every delete). So identical lines
 * are counted apart as long as fewer than `capacity` distinct lines lie between them.
 */
export function createOccurrenceCounter(capacity = 200_000): (canonical: string) => number {
  let current = new Map<string, number>();
  let previous = new Map<string, number>();
  return (canonical) => {
    const key = fnv1a64(canonical);
    const occurrence = (current.get(key) ?? previous.get(key) ?? 0) + 1;
    if (current.size >= capacity && !current.has(key)) {
      previous = current;
      current = new Map();
    }
    current.set(key, occurrence);
    return occurrence;
  };
}
