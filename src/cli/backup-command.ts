// `klandizie backup FILE` and `klandizie restore FILE`.
import type { Command } from 'commander';
import type { Context } from './commands.ts';

export function registerBackupCommands(_program: Command, _context: Context): void {}
