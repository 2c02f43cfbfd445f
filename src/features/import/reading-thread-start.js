// Where a reading thread starts. Node 20 does not share the main thread's TypeScript loader with
// its threads, so the thread registers tsx itself before it loads the reader.
import { register } from 'tsx/esm/api';

register();
await import('./reading-thread.ts');
