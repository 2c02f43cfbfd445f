// An assignments (opdrachten) export opened for import: its header row found, its columns
// mapped (given or proposed from the headers), its number and date styles detected.
import { detectDecimalSeparator } from '../../core/import/amount.ts';
import {
  assignmentMappingProblems,
  interpretAssignmentRowsAsync,
  type AssignmentCandidate,
} from '../../core/import/assignment-rows.ts';
import { detectDateOrder } from '../../core/import/date.ts';
import {
  proposeAssignmentMapping,
  withProposedName,
  type AssignmentField,
  type Mapping,
} from '../../core/import/headers.ts';
import { because } from '../../core/import/problem-reason.ts';
import type { RowProblem } from '../../core/import/revenue-line.ts';
import type { SourceOverrides } from './revenue-source.ts';
import { mappingFromNames, readTableHead } from './table-head.ts';
import { columnsRefusal, UnreadableColumns, type TableOutline } from './unreadable-columns.ts';

export type AssignmentSource = {
  format: 'csv' | 'xlsx';
  items: AsyncIterable<AssignmentCandidate | RowProblem>;
  headers: string[];
  mapping: Mapping<AssignmentField>;
  headerRowNumber: number;
  close: () => Promise<void>;
  /** The columns, how they are read, and the first rows: what a check shows. */
  table: TableOutline;
};

export async function openAssignmentSource(
  path: string,
  overrides: SourceOverrides = {},
): Promise<AssignmentSource> {
  const table = await readTableHead(path, {
    sheetName: overrides.sheetName,
    kind: 'assignments',
    mappingGiven: overrides.mapping !== undefined,
    bounds: overrides.bounds,
  });
  const remembered =
    !overrides.mapping && overrides.remembered && table.sourceKey
      ? await overrides.remembered(table.sourceKey)
      : undefined;
  const mapping: Mapping<AssignmentField> = overrides.mapping
    ? mappingFromNames(overrides.mapping, table.headers)
    : remembered?.mapping
      ? withProposedName(
          remembered.mapping as Mapping<AssignmentField>,
          proposeAssignmentMapping(table.headers, table.column),
        )
      : proposeAssignmentMapping(table.headers, table.column);
  const amounts = [mapping.fee, mapping.hours].flatMap(table.column);
  const dates = [mapping.startDate, mapping.endDate].flatMap(table.column);
  const decimalSeparator = remembered?.decimalSeparator ?? detectDecimalSeparator(amounts);
  const dateOrder = remembered?.dateOrder ?? detectDateOrder(dates);
  const outline: TableOutline = {
    headers: table.headers,
    sourceKey: table.sourceKey,
    mappingFrom: overrides.mapping ? 'given' : remembered?.mapping ? 'remembered' : 'proposed',
    choices: { mapping, headerRowNumber: table.headerRowNumber, decimalSeparator, dateOrder },
    preview: table.preview,
    ...(table.sheetNames ? { sheetNames: table.sheetNames } : {}),
    ...(table.sheetName ? { sheetName: table.sheetName } : {}),
  };
  const problems = assignmentMappingProblems(mapping);
  if (mapping.customerCode === undefined && mapping.customerName === undefined) {
    problems.push(because('columns.customerMissing'));
  }
  if (problems.length > 0) {
    await table.close();
    throw new UnreadableColumns(
      { format: table.format, table: outline, problems },
      columnsRefusal('assignments', outline, problems),
    );
  }
  return {
    format: table.format,
    items: interpretAssignmentRowsAsync(table.rows(), {
      mapping,
      headerRowNumber: table.headerRowNumber,
      decimalSeparator,
      dateOrder,
      skipRows: overrides.skipRows ?? [],
    }),
    headers: table.headers,
    mapping,
    headerRowNumber: table.headerRowNumber,
    close: table.close,
    table: outline,
  };
}
