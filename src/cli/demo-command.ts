// `klandizie demo`: loads the demo firm.
import type { Command } from 'commander';
import type { Context } from './commands.ts';

export function registerDemoCommand(_program: Command, _context: Context): void {}
