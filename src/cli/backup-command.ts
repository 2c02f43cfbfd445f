// `klandizie backup FILE` and `klandizie restore FILE [--replace]`.
import type { Command } from 'commander';
import { checkBackup } from '../features/backup/backup.reader.ts';
import { restoreBackup } from '../features/backup/backup.restore.ts';
import { writeBackup } from '../features/backup/backup.writer.ts';
import type { Context } from './context.ts';
import { openMigratedDatabase } from './open.ts';

export function registerBackupCommands(program: Command, context: Context): void {
  const { config, log, status } = context;
  program
    .command('backup')
    .description('write a logical backup of the whole database (gzip-compressed JSON lines)')
    .argument('<file>', 'the backup file to write; replaced only once the new one is complete')
    .action(async (file: string) => {
      const database = await openMigratedDatabase(config(), status);
      try {
        const summary = await writeBackup(database, { file, now: new Date() });
        log(
          `Backed up ${summary.rows} rows of ${Object.keys(summary.counts).length} tables ` +
            `to ${file} (schema ${summary.schema}).`,
        );
      } finally {
        await database.close();
      }
    });
  program
    .command('restore')
    .description('restore a backup into an empty database (checked completely first)')
    .argument('<file>', 'a file written by klandizie backup')
    .option('--replace', 'delete the data in the database, in the same transaction')
    .action(async (file: string, options: { replace?: boolean }) => {
      // Read the whole file before the database is opened (or even migrated).
      const backup = await checkBackup(file);
      const database = await openMigratedDatabase(config(), status);
      try {
        const { replaced } = await restoreBackup(database, backup, {
          replace: options.replace === true,
        });
        const { header } = backup;
        const upgraded =
          backup.upgrades.length > 0 ? `, upgraded from schema ${header.schema}` : '';
        if (replaced) {
          const rows = Object.values(replaced).reduce((sum, n) => sum + n, 0);
          log(`Deleted the ${rows} rows that were in the database.`);
        }
        log(
          `Restored ${backup.rows} rows from ${file} ` +
            `(written ${header.createdAt} by Klandizie ${header.app}${upgraded}).`,
        );
      } finally {
        await database.close();
      }
    });
}
