// Reading an uploaded file the way the import does, for the other features that take a file (the
// vCards): its text encoding, and the reading on a thread of its own within the read bounds.
export { createChunkDecoder, detectEncoding } from './encoding.ts';
export { readVCardsOffThread } from './off-thread.ts';
