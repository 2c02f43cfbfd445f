// A ZIP archive built by hand, for workbooks no spreadsheet program would write: parts whose
// declared sizes lie, and parts that unpack to gigabytes from a few megabytes.
import { constants, crc32, deflateRawSync } from 'node:zlib';

export type ZipPart = {
  name: string;
  /** The part's bytes as deflated (raw deflate). */
  deflated: Buffer;
  /** What the directory says the part unpacks to. */
  size: number;
  crc?: number;
};

/** A part deflated from its text, its size and checksum true. */
export function deflatedPart(name: string, text: string): ZipPart {
  const bytes = Buffer.from(text);
  return { name, deflated: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

/**
 * A part of `head` and then `copies` times `text`, deflated without deflating it all: each piece
 * is flushed to a byte boundary with a fresh window, so every copy deflates to the same bytes.
 */
export function repeatedPart(name: string, head: string, text: string, copies: number): ZipPart {
  const flushed = (piece: string) =>
    deflateRawSync(Buffer.from(piece), { finishFlush: constants.Z_FULL_FLUSH });
  const one = flushed(text);
  const end = deflateRawSync(Buffer.alloc(0));
  const deflated = Buffer.concat([
    flushed(head),
    ...Array.from({ length: copies }, () => one),
    end,
  ]);
  return { name, deflated, size: Buffer.byteLength(head) + Buffer.byteLength(text) * copies };
}

export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc ?? 0, 14);
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(part.crc ?? 0, 16);
    entry.writeUInt32LE(part.deflated.length, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, part.deflated);
    central.push(entry, name);
    offset += local.length + name.length + part.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of a one-sheet workbook around the shared strings given. */
export function workbookParts(sharedStrings: ZipPart): ZipPart[] {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return [
    deflatedPart(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>` +
        `</Relationships>`,
    ),
    deflatedPart(
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets>` +
        `<sheet name="Omzet" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    sharedStrings,
    deflatedPart(
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0"?><worksheet xmlns="${main}"><sheetData>` +
        `<row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
    ),
  ];
}
