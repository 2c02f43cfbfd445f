// How a text export is written: its character encoding and its delimiter. Accounting packages
// write UTF-8 (with or without a byte order mark), Windows-1252 (older Dutch packages and
// Excel's "CSV (semicolon)"), and Excel's "Unicode text" is UTF-16 with a byte order mark.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type CsvDelimiter = ';' | ',' | '\t' | '|';

export type DetectedEncoding = { encoding: TextEncoding; bomLength: number };

/** Decodes a file chunk by chunk; a character split over two chunks comes out whole. */
export type ChunkDecoder = { write(chunk: Uint8Array): string; end(): string };

/**
 * The encoding of a file from its first bytes (64 KB is plenty): a byte order mark decides;
 * else UTF-8 when those bytes are valid UTF-8, else Windows-1252, which every byte is.
 */
export function detectEncoding(head: Uint8Array): DetectedEncoding {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => head[i] === byte);
  if (starts(0xef, 0xbb, 0xbf)) return { encoding: 'utf-8', bomLength: 3 };
  if (starts(0xff, 0xfe)) return { encoding: 'utf-16le', bomLength: 2 };
  if (starts(0xfe, 0xff)) return { encoding: 'utf-16be', bomLength: 2 };
  try {
    // stream: a character cut off at the end of the head is no error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    return { encoding: 'windows-1252', bomLength: 0 };
  }
}

/**
 * A decoder for a whole file. Bytes that are not valid in a UTF-8 file after its first 64 KB
 * become U+FFFD rather than stopping the import.
 */
export function createChunkDecoder(encoding: TextEncoding): ChunkDecoder {
  if (encoding === 'windows-1252') return { write: decodeWindows1252, end: () => '' };
  const decoder = new TextDecoder(encoding);
  return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F: "€" is 0x80, curly quotes 0x91–0x94.
// Node's own 'windows-1252' decoder reads these bytes as Latin-1, so they are mapped here.
// prettier-ignore
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Windows-1252 bytes as text; each byte is one character, so chunks can be cut anywhere. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (character) =>
    String.fromCharCode(WINDOWS_1252_HIGH[character.charCodeAt(0) - 0x80] ?? 0xfffd),
  );
}

/**
 * Whether decoded text is rather binary data (an image, a program, a damaged file): a NUL
 * character, or more than 1% control characters other than tab, line and page breaks.
 */
export function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d)
      controls += 1;
  }
  return controls * 100 > text.length;
}

const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t', '|'];

/**
 * The delimiter that splits the first lines most consistently: the same number of fields on the
 * most lines, then the most fields. Delimiters inside quotes do not count; title lines without
 * any delimiter do not spoil the count. ',' when no line tells.
 */
export function detectDelimiter(text: string, complete = true): CsvDelimiter {
  const lines: Map<CsvDelimiter, number>[] = [];
  let counts = new Map<CsvDelimiter, number>();
  let quoted = false;
  let empty = true;
  for (let i = 0; i < text.length && lines.length < 50; i += 1) {
    const character = text[i] ?? '';
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) {
      if (!empty) lines.push(counts);
      [counts, empty] = [new Map(), true];
      continue;
    } else if (!quoted && DELIMITERS.includes(character as CsvDelimiter)) {
      counts.set(character as CsvDelimiter, (counts.get(character as CsvDelimiter) ?? 0) + 1);
    }
    empty = false;
  }
  // The last line of a cut-off head is partial, unless it is all there is.
  if (!empty && (complete || lines.length === 0)) lines.push(counts);
  let best: { delimiter: CsvDelimiter; lines: number; count: number } = {
    delimiter: ',',
    lines: 0,
    count: 0,
  };
  for (const delimiter of DELIMITERS) {
    const frequency = new Map<number, number>();
    for (const line of lines) {
      const count = line.get(delimiter) ?? 0;
      if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    }
    for (const [count, times] of frequency) {
      if (times > best.lines || (times === best.lines && count > best.count)) {
        best = { delimiter, lines: times, count };
      }
    }
  }
  return best.delimiter;
}
