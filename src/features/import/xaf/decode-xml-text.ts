// Turns an audit file's bytes into text, chunk by chunk, in the encoding the file declares.
import { because } from '../../../core/import/problem-reason.ts';
import { importRefusal } from '../import-refusal.ts';

/** Enough bytes to hold a byte-order mark and the XML declaration. */
const SNIFF_BYTES = 1024;

/**
 * Decodes the chunks of an XML file: strings pass through; bytes are read as the byte-order
 * mark or the XML declaration says (UTF-8 when neither does). Audit files are UTF-8 or
 * ISO-8859-1; a file that claims UTF-8 but is Windows-1252 (a known fault of some packages) is
 * read as Windows-1252, as long as nothing before the first wrong byte was beyond ASCII.
 */
export async function* decodeXmlText(
  source: AsyncIterable<string | Uint8Array>,
): AsyncGenerator<string, void, undefined> {
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let decoder: TextDecoder | null = null;
  let utf8 = false;
  let onlyAsciiSoFar = true;

  const decode = (bytes: Uint8Array, final: boolean): string => {
    if (decoder === null) decoder = chooseDecoder(bytes);
    utf8 ||= decoder.encoding === 'utf-8';
    try {
      const text = decoder.decode(bytes, { stream: !final });
      // In UTF-8 anything beyond ASCII takes more bytes than it gives characters.
      onlyAsciiSoFar &&= text.length === bytes.length;
      return text;
    } catch {
      if (!utf8 || !onlyAsciiSoFar) throw notText(decoder.encoding);
      decoder = new TextDecoder('windows-1252');
      utf8 = false;
      return decoder.decode(bytes, { stream: !final });
    }
  };

  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    if (decoder === null) {
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength < SNIFF_BYTES) continue;
      const joined = concat(pending, pendingLength);
      pending = [];
      yield decode(joined, false);
      continue;
    }
    yield decode(chunk, false);
  }
  if (decoder === null && pendingLength > 0) {
    yield decode(concat(pending, pendingLength), true);
  } else if (decoder !== null) {
    const rest = decode(new Uint8Array(0), true);
    if (rest !== '') yield rest;
  }
}

function chooseDecoder(start: Uint8Array): TextDecoder {
  const [b0, b1, b2] = start;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return new TextDecoder('utf-8', { fatal: true });
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0x00)) {
    return new TextDecoder('utf-16le', { fatal: true });
  }
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0x00 && b1 === 0x3c)) {
    return new TextDecoder('utf-16be', { fatal: true });
  }
  const head = new TextDecoder('latin1').decode(start.subarray(0, SNIFF_BYTES));
  const declared = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
  if (declared === undefined) return new TextDecoder('utf-8', { fatal: true });
  try {
    return new TextDecoder(declared, { fatal: true });
  } catch {
    throw importRefusal(because('xaf.unknownEncoding', { encoding: declared }));
  }
}

function notText(encoding: string) {
  return importRefusal(because('xaf.notText', { encoding }));
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}
