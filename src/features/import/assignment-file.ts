// One import of an assignments file, as the API runs it: open the file with the columns given,
// remembered for its shape or proposed from its headers, check or import it, and remember the
// columns once it imported.
import type { Database } from '../../db/connection.ts';
import { NamelessClients } from './import-customers.ts';
import { rememberMapping, rememberedMapping } from './import-mappings.repo.ts';
import {
  importAssignments,
  type AssignmentImportOptions,
  type AssignmentImportReport,
} from './assignment-import.service.ts';
import { openAssignmentSource, type AssignmentSource } from './assignment-source.ts';
import type { SourceOverrides } from './revenue-source.ts';
import { namelessClientsRefusal } from './unreadable-columns.ts';

export type AssignmentFileOptions = Omit<AssignmentImportOptions, 'format'> & {
  overrides?: Omit<SourceOverrides, 'remembered'>;
  /** Called once the file is opened, before its rows are read. */
  onOpened?: (source: AssignmentSource) => void;
};

export type AssignmentFileResult = {
  report: AssignmentImportReport;
  format: AssignmentSource['format'];
  table: AssignmentSource['table'];
};

export async function importAssignmentFile(
  database: Pick<Database, 'pool' | 'db'>,
  path: string,
  options: AssignmentFileOptions,
): Promise<AssignmentFileResult> {
  const { overrides, onOpened, ...importOptions } = options;
  const source = await openAssignmentSource(path, {
    ...overrides,
    remembered: (key) => rememberedMapping(database.db, options.workspaceId, key, 'assignments'),
  });
  try {
    onOpened?.(source);
    const report = await importAssignments(database, source.items, {
      ...importOptions,
      format: source.format,
      namesRequired: true,
    }).catch((error: unknown) => {
      if (!(error instanceof NamelessClients)) throw error;
      throw namelessClientsRefusal('assignments', source.format, source.table, error);
    });
    if (report.written && source.table.sourceKey) {
      await rememberMapping(
        database.db,
        options.workspaceId,
        source.table.sourceKey,
        source.table.choices,
        'assignments',
      );
    }
    return { report, format: source.format, table: source.table };
  } finally {
    await source.close();
  }
}
