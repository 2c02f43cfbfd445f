// A file's bytes from a descriptor that someone else closes. fs read streams close their
// descriptor whenever they are destroyed (a loop left early, an error), whatever autoClose says,
// and so does yauzl's own descriptor reader; these read with positional reads and never close it.
import { read } from 'node:fs';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import yauzl from 'yauzl';

const readAt = promisify(read);

/** The bytes from `start` up to `end` (exclusive; the end of the file when not given). */
export async function* fileChunks(
  fd: number,
  start = 0,
  size = 256 * 1024,
  end = Infinity,
): AsyncGenerator<Buffer, void, undefined> {
  for (let position = start; position < end;) {
    const length = Math.min(size, end - position);
    const { bytesRead, buffer } = await readAt(fd, Buffer.allocUnsafe(length), 0, length, position);
    if (bytesRead === 0) return;
    position += bytesRead;
    yield bytesRead < length ? buffer.subarray(0, bytesRead) : buffer;
  }
}

/** A ZIP archive's bytes for yauzl. */
export class DescriptorReader extends yauzl.RandomAccessReader {
  constructor(private readonly fd: number) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return Readable.from(fileChunks(this.fd, start, 64 * 1024, end), { objectMode: false });
  }
}
