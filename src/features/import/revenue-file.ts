// One import of a revenue file, as the command and the API run it: open the file with the
// mapping remembered for its shape, check or import it, remember the mapping once it imported.
import type { Database } from '../../db/connection.ts';
import { NamelessClients } from './import-customers.ts';
import { rememberMapping, rememberedMapping } from './import-mappings.repo.ts';
import {
  importRevenue,
  type RevenueImportOptions,
  type RevenueImportReport,
} from './revenue-import.service.ts';
import { openRevenueSource, type RevenueSource, type SourceOverrides } from './revenue-source.ts';
import { namelessClientsRefusal } from './unreadable-columns.ts';

export type RevenueFileOptions = Omit<RevenueImportOptions, 'format'> & {
  overrides?: Omit<SourceOverrides, 'remembered'>;
  /** Called once the file is opened, before its rows are read. */
  onOpened?: (source: RevenueSource) => void;
};

export type RevenueFileResult = {
  report: RevenueImportReport;
  format: RevenueSource['format'];
  table: RevenueSource['table'];
};

export async function importRevenueFile(
  database: Pick<Database, 'pool' | 'db'>,
  path: string,
  options: RevenueFileOptions,
): Promise<RevenueFileResult> {
  const { overrides, onOpened, ...importOptions } = options;
  const source = await openRevenueSource(path, {
    ...overrides,
    remembered: (key) => rememberedMapping(database.db, options.workspaceId, key),
  });
  try {
    onOpened?.(source);
    const { table } = source;
    const report = await importRevenue(database, source.items, {
      ...importOptions,
      format: source.format,
      namesRequired: table !== undefined,
    }).catch((error: unknown) => {
      if (!(error instanceof NamelessClients) || !table || source.format === 'xaf') throw error;
      throw namelessClientsRefusal('revenue', source.format, table, error);
    });
    if (report.written && source.table) {
      await rememberMapping(
        database.db,
        options.workspaceId,
        source.table.sourceKey,
        source.table.choices,
      );
    }
    return { report, format: source.format, table: source.table };
  } finally {
    await source.close();
  }
}
