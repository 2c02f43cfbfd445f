import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalLine,
  createLineFingerprinter,
  createOccurrenceCounter,
  fnv1a64,
  lineFingerprint,
} from './fingerprint.ts';

/** The textbook definition on BigInt, to check the split arithmetic against. */
function referenceFnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

describe('fnv1a64', () => {
  it('gives the published FNV-1a 64 values', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('agrees with the definition for any text, accents and emoji included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(fnv1a64(text)).toBe(referenceFnv1a64(text));
      }),
    );
    expect(fnv1a64('Café 😀')).toBe(referenceFnv1a64('Café 😀'));
  });
});

describe('canonicalLine and lineFingerprint', () => {
  it('keeps fields apart, so moving text between fields changes the fingerprint', () => {
    expect(canonicalLine(['ab', 'c'])).not.toBe(canonicalLine(['a', 'bc']));
    expect(canonicalLine(['1001', null, 12])).toBe('1001\u001f\u001f12');
  });

  it('differs per occurrence and is stable', () => {
    const line = canonicalLine(['1001', '2024-12-31', 100000]);
    expect(lineFingerprint(line, 1)).toBe(lineFingerprint(line, 1));
    expect(lineFingerprint(line, 1)).not.toBe(lineFingerprint(line, 2));
    expect(lineFingerprint(line, 1)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('createOccurrenceCounter', () => {
  it('numbers identical lines, wherever they stand', () => {
    const count = createOccurrenceCounter();
    expect(['a', 'b', 'a', 'a', 'b'].map(count)).toEqual([1, 1, 2, 3, 2]);
  });

  it('remembers a line across fewer than that many other distinct lines, and forgets it later', () => {
    const count = createOccurrenceCounter(2);
    expect(['a', 'b', 'a', 'c', 'a'].map(count)).toEqual([1, 1, 2, 1, 3]);
    expect(['d', 'e', 'f', 'b'].map(count)).toEqual([1, 1, 1, 1]);
  });

  it('stays fast when far more distinct lines pass than it remembers', () => {
    const count = createOccurrenceCounter(1_000);
    for (let i = 0; i < 200_000; i++) count(`line ${i}`);
    expect(count('line 199999')).toBe(2);
  });
});

describe('createLineFingerprinter', () => {
  it('gives what lineFingerprint gives with the occurrence counted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'Café 😀', 'x\uD800y', '1001\u001f2024-12-31'), {
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 5 }),
        (lines, capacity) => {
          const count = createOccurrenceCounter(capacity);
          const fingerprint = createLineFingerprinter(capacity);
          for (const line of lines) {
            expect(fingerprint(line)).toBe(lineFingerprint(line, count(line)));
          }
        },
      ),
    );
  });

  it('never changes: the fingerprints of earlier releases stay', () => {
    const fingerprint = createLineFingerprinter();
    expect(['1001\u001f2024-12-31\u001f100000', 'x\uD800y', 'x\uD800y'].map(fingerprint)).toEqual([
      '19f4eb427e6e26ad',
      '84f36fba0c5f13bd',
      '84f36cba0c5f0ea4',
    ]);
  });
});
