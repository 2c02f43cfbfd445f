// Fingerprints let a re-import of the same or an overlapping file recognise lines it has
// already written. They must never change between releases, so the hash is written out here.

// The 64-bit FNV-1a state as four 16-bit limbs, lowest first, so that every step is exact
// small-integer arithmetic. Module state rather than an object per call: the import hashes
// every line of a file.
let state0 = 0;
let state1 = 0;
let state2 = 0;
let state3 = 0;
const utf8 = new Uint8Array(4);

function reset(): void {
  // the offset basis 0xcbf29ce484222325
  state0 = 0x2325;
  state1 = 0x8422;
  state2 = 0x9ce4;
  state3 = 0xcbf2;
}

/** Feeds the text's UTF-8 bytes to the state (a lone surrogate as its own three bytes). */
function absorb(text: string): void {
  let v0 = state0;
  let v1 = state1;
  let v2 = state2;
  let v3 = state3;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    let count = 1;
    if (code < 0x80) utf8[0] = code;
    else {
      if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next < 0xe000) {
          code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          i++;
        }
      }
      if (code < 0x800) {
        utf8[0] = 0xc0 | (code >> 6);
        count = 2;
      } else if (code < 0x10000) {
        utf8[0] = 0xe0 | (code >> 12);
        utf8[1] = 0x80 | ((code >> 6) & 0x3f);
        count = 3;
      } else {
        utf8[0] = 0xf0 | (code >> 18);
        utf8[1] = 0x80 | ((code >> 12) & 0x3f);
        utf8[2] = 0x80 | ((code >> 6) & 0x3f);
        count = 4;
      }
      utf8[count - 1] = 0x80 | (code & 0x3f);
    }
    for (let k = 0; k < count; k++) {
      v0 ^= utf8[k]!;
      // state × prime, where prime = 2^40 + 0x1b3: 0x1b3 × every limb, and the lower two limbs
      // shifted up by 40 bits (two limbs and 8 bits); carries move up, the top one falls off
      const t0 = v0 * 0x1b3;
      let t1 = v1 * 0x1b3;
      let t2 = v2 * 0x1b3 + (v0 << 8);
      const t3 = v3 * 0x1b3 + (v1 << 8);
      t1 += t0 >>> 16;
      v0 = t0 & 0xffff;
      t2 += t1 >>> 16;
      v1 = t1 & 0xffff;
      v3 = (t3 + (t2 >>> 16)) & 0xffff;
      v2 = t2 & 0xffff;
    }
  }
  state0 = v0;
  state1 = v1;
  state2 = v2;
  state3 = v3;
}

const hex4 = (limb: number) => limb.toString(16).padStart(4, '0');

function digest(): string {
  return hex4(state3) + hex4(state2) + hex4(state1) + hex4(state0);
}

/** FNV-1a, 64 bits, over the text's UTF-8 bytes, as 16 hex digits. */
export function fnv1a64(text: string): string {
  reset();
  absorb(text);
  return digest();
}

/** The text a line's fingerprint is made of: its fields in a fixed order, empty for null. */
export function canonicalLine(fields: readonly (string | number | null)[]): string {
  let text = '';
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    const part = field === null || field === undefined ? '' : String(field);
    text +=
      (i > 0 ? '\u001f' : '') + (part.includes('\u001f') ? part.replace(/\u001f/g, ' ') : part);
  }
  return text;
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
  const count = occurrenceCounter(capacity);
  return (canonical) => count(fnv1a64(canonical));
}

function occurrenceCounter(capacity: number): (key: string) => number {
  let current = new Map<string, number>();
  let previous = new Map<string, number>();
  return (key) => {
    const occurrence = (current.get(key) ?? previous.get(key) ?? 0) + 1;
    if (current.size >= capacity && !current.has(key)) {
      previous = current;
      current = new Map();
    }
    current.set(key, occurrence);
    return occurrence;
  };
}

/**
 * lineFingerprint(canonical, occurrence) with the occurrence counted as createOccurrenceCounter
 * does, hashing the canonical text once: FNV-1a goes on from the text's state to the suffix.
 */
export function createLineFingerprinter(capacity = 200_000): (canonical: string) => string {
  const count = occurrenceCounter(capacity);
  return (canonical) => {
    reset();
    absorb(canonical);
    const text = [state0, state1, state2, state3] as const;
    const occurrence = count(digest());
    [state0, state1, state2, state3] = text;
    absorb(`\u001f${occurrence}`);
    return digest();
  };
}
