#!/usr/bin/env node
// The `klandizie` command. TypeScript sources run through tsx, so no build step is needed for
// the server; the web app is built on first start when its build is missing.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
