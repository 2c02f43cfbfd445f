import { describe, expect, it } from 'vitest';
import {
  createChunkDecoder,
  decodeWindows1252,
  detectDelimiter,
  detectEncoding,
  looksBinary,
} from './encoding.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('detectEncoding', () => {
  it('lets a byte order mark decide', () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({
      encoding: 'utf-8',
      bomLength: 3,
    });
    expect(detectEncoding(bytes(0xff, 0xfe, 0x41, 0))).toEqual({
      encoding: 'utf-16le',
      bomLength: 2,
    });
    expect(detectEncoding(bytes(0xfe, 0xff, 0, 0x41))).toEqual({
      encoding: 'utf-16be',
      bomLength: 2,
    });
  });

  it('takes valid UTF-8 as UTF-8, even with a character cut off at the end', () => {
    expect(detectEncoding(utf8('Café;12,50'))).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(detectEncoding(utf8('Café').subarray(0, 4))).toEqual({
      encoding: 'utf-8',
      bomLength: 0,
    });
    expect(detectEncoding(bytes())).toEqual({ encoding: 'utf-8', bomLength: 0 });
  });

  it('takes anything else as Windows-1252', () => {
    expect(detectEncoding(bytes(0x43, 0x61, 0x66, 0xe9, 0x3b))).toEqual({
      encoding: 'windows-1252',
      bomLength: 0,
    });
  });
});

describe('decodeWindows1252', () => {
  it('reads the euro sign and curly quotes, which Latin-1 does not have', () => {
    expect(decodeWindows1252(bytes(0x80, 0x20, 0x93, 0x61, 0x94, 0x20, 0xe9, 0x96, 0x9f))).toBe(
      '€ “a” é–Ÿ',
    );
  });
  it('reads every byte as one character', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeWindows1252(all)).toHaveLength(256);
  });
});

describe('createChunkDecoder', () => {
  it('joins a character split between two chunks', () => {
    const decoder = createChunkDecoder('utf-8');
    const text = utf8('Café €');
    expect(
      decoder.write(text.subarray(0, 4)) + decoder.write(text.subarray(4)) + decoder.end(),
    ).toBe('Café €');
  });
  it('decodes UTF-16 and Windows-1252', () => {
    expect(createChunkDecoder('utf-16le').write(Buffer.from('Ölçü', 'utf16le'))).toBe('Ölçü');
    expect(createChunkDecoder('windows-1252').write(bytes(0x80))).toBe('€');
  });
  it('does not stop at an invalid byte later in a UTF-8 file', () => {
    const decoder = createChunkDecoder('utf-8');
    expect(decoder.write(bytes(0x41, 0xff, 0x42)) + decoder.end()).toBe('A\ufffdB');
  });
});

describe('looksBinary', () => {
  it('sees NUL characters and many control characters', () => {
    expect(looksBinary('abc\u0000def')).toBe(true);
    expect(looksBinary('\u0001\u0002' + 'x'.repeat(50))).toBe(true);
  });
  it('lets text with tabs, line breaks and a rare control character pass', () => {
    expect(looksBinary('Klant\tBedrag\r\nDe Vries\t12\f\n')).toBe(false);
    expect(looksBinary('\u001a' + 'x'.repeat(500))).toBe(false);
    expect(looksBinary('')).toBe(false);
  });
});

describe('detectDelimiter', () => {
  it('prefers the delimiter that splits the lines alike into the most fields', () => {
    expect(detectDelimiter('Klant;Datum;Bedrag\nA;1-1-2024;1.234,56\nB;2-1-2024;12,00\n')).toBe(
      ';',
    );
    expect(detectDelimiter('Klant,Bedrag\nA,12.50\nB,7\n')).toBe(',');
    expect(detectDelimiter('Klant\tOmschrijving\tBedrag\nA\tAdvies, fiscaal\t12,50\n')).toBe('\t');
    expect(detectDelimiter('Klant|Bedrag\nA|12,50\nB|3,10\n')).toBe('|');
  });

  it('ignores delimiters inside quotes, line breaks included', () => {
    const text = 'Klant,Omschrijving,Bedrag\n"De Vries; Zn","Advies;\nfiscaal; 2024",12\nB,C,3\n';
    expect(detectDelimiter(text)).toBe(',');
  });

  it('is not misled by title lines above the header', () => {
    const text =
      'Omzet per debiteur\nPeriode 2024\n\nDebiteur;Naam;Bedrag\n1001;A, B;1,00\n1002;C;2,00\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('leaves out a line cut off at the end of an incomplete head', () => {
    const head = 'a;b\ng,h,i,j';
    expect(detectDelimiter(head, false)).toBe(';');
    expect(detectDelimiter(head, true)).toBe(',');
  });

  it('falls back to a comma when no line tells', () => {
    expect(detectDelimiter('')).toBe(',');
    expect(detectDelimiter('Omzet\n12\n')).toBe(',');
    expect(detectDelimiter('x'.repeat(100_000), false)).toBe(',');
  });
});
