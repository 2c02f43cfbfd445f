// One import of an assignments file, as the API runs it: open the file with the columns given or
// proposed from its headers, then check or import it.
import type { Database } from '../../db/connection.ts';
import {
  importAssignments,
  type AssignmentImportOptions,
  type AssignmentImportReport,
} from './assignment-import.service.ts';
import { openAssignmentSource, type AssignmentSource } from './assignment-source.ts';
import type { SourceOverrides } from './revenue-source.ts';

export type AssignmentFileOptions = Omit<AssignmentImportOptions, 'format'> & {
  overrides?: Omit<SourceOverrides, 'remembered'>;
};

export type AssignmentFileResult = {
  report: AssignmentImportReport;
  format: AssignmentSource['format'];
  table: AssignmentSource['table'];
};

export async function importAssignmentFile(
  database: Pick<Database, 'pool'>,
  path: string,
  options: AssignmentFileOptions,
): Promise<AssignmentFileResult> {
  const { overrides, ...importOptions } = options;
  const source = await openAssignmentSource(path, overrides);
  try {
    const report = await importAssignments(database, source.items, {
      ...importOptions,
      format: source.format,
    });
    return { report, format: source.format, table: source.table };
  } finally {
    await source.close();
  }
}
