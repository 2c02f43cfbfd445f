// The tables a backup holds and the kind of value in each column, derived from src/db/schema.ts:
// a new column is backed up with no further work, and a column of a type that has no encoding
// here stops every backup test at import rather than a backup at a customer.
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { clientYears, schemaTables } from '../../db/schema.ts';

/** How a column's values are written into a backup (backup.values.ts). */
export type ColumnKind =
  'text' | 'boolean' | 'integer' | 'bigint' | 'numeric' | 'date' | 'timestamptz' | 'json';

export type BackupColumn = {
  name: string;
  kind: ColumnKind;
  /** As the schema declares it: `uuid`, `char(8)`, `numeric(12, 2)`… */
  sqlType: string;
  notNull: boolean;
  /** Filled by a sequence (bigserial), which a restore moves past the restored values. */
  serial: boolean;
};

export type BackupTable = {
  name: string;
  columns: BackupColumn[];
  /** The primary key's columns, the order rows are written in. */
  primaryKey: string[];
};

/** Tables computed from others, rebuilt after a restore rather than carried in the file. */
const derivedTables: ReadonlySet<PgTable> = new Set([clientYears]);

/** Every table, a firm's own row first (the order of `schemaTables`). */
export const backupTables: readonly BackupTable[] = Object.values(schemaTables)
  .filter((table) => !derivedTables.has(table))
  .map(describeTable);

export const backupTableByName: ReadonlyMap<string, BackupTable> = new Map(
  backupTables.map((table) => [table.name, table]),
);

function describeTable(table: PgTable): BackupTable {
  const config = getTableConfig(table);
  const compositeKey = config.primaryKeys[0]?.columns.map((column) => column.name);
  return {
    name: config.name,
    columns: config.columns.map((column) => {
      const sqlType = column.getSQLType();
      return {
        name: column.name,
        kind: kindOf(sqlType, `${config.name}.${column.name}`),
        sqlType,
        notNull: column.notNull,
        serial: /serial$/.test(sqlType),
      };
    }),
    primaryKey:
      compositeKey ??
      config.columns.filter((column) => column.primary).map((column) => column.name),
  };
}

function kindOf(sqlType: string, where: string): ColumnKind {
  const base = sqlType.replace(/\s*\(\s*\d+(\s*,\s*\d+)?\s*\)/, '');
  switch (base) {
    case 'uuid':
    case 'text':
    case 'char':
    case 'varchar':
      return 'text';
    case 'boolean':
      return 'boolean';
    case 'smallint':
    case 'integer':
    case 'smallserial':
    case 'serial':
      return 'integer';
    case 'bigint':
    case 'bigserial':
      return 'bigint';
    case 'numeric':
      return 'numeric';
    case 'date':
      return 'date';
    case 'timestamp with time zone':
      return 'timestamptz';
    case 'jsonb':
    case 'json':
      return 'json';
    default:
      throw new Error(
        `backups have no encoding for ${where} (${sqlType}): add one to backup.tables.ts`,
      );
  }
}

/** An identifier quoted for SQL. */
export function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
