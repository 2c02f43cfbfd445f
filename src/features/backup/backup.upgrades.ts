// How rows of a backup made by an older Klandizie become rows of today's schema. Each step
// belongs to the migration that changed the shape of the data; a backup runs every step after
// its own schema version, in migration order. A migration that adds, renames, drops or retypes
// a column adds a step here (backup.upgrades.test.ts compares the migration snapshots to check).
import { defaultSatisfactionNorm } from '../../core/satisfaction/evaluation.ts';
import { goalMeasures } from '../../core/choosing/goals.ts';
import { contactSearchKey } from '../../core/contact-name.ts';
import { currentSchemaVersion, migrationTags } from './backup.versions.ts';

export type BackupRow = Record<string, unknown>;
export type BackupRecord = { table: string; row: BackupRow };

export type Upgrade = {
  /** The migration tag whose schema the step produces. */
  to: string;
  /** What changes, for the people who read this list. */
  what: string;
  apply: (record: BackupRecord) => BackupRecord;
};

/** The schema of the pre-release builds, older than every migration; backup format 0 has it. */
export const preReleaseSchema = 'pre-release';

const schemaOrder: readonly string[] = [preReleaseSchema, ...migrationTags];

export const upgrades: readonly Upgrade[] = [
  {
    to: '0001_foundation',
    what:
      'workspaces gain fiscal_year_start_month (January), users gain locale (nl), ' +
      'organizations.category is renamed relation_level',
    apply: ({ table, row }) => {
      switch (table) {
        case 'workspaces':
          return { table, row: { fiscal_year_start_month: 1, ...row } };
        case 'users':
          return { table, row: { locale: 'nl', ...row } };
        case 'organizations': {
          const { category, ...rest } = row;
          return { table, row: { ...rest, relation_level: category } };
        }
        default:
          return { table, row };
      }
    },
  },
  {
    to: '0003_portfolio',
    what:
      'workspaces gain the dependency threshold (20%) and ABC boundaries (80%, 95%); ' +
      'organizations gain customer_code (none) and one_off (no); revenue lines and ' +
      'assignments gain their import (none), revenue lines a description, assignments a fingerprint',
    apply: ({ table, row }) => {
      switch (table) {
        case 'workspaces':
          return {
            table,
            row: {
              dependency_threshold_bp: 2000,
              abc_boundary_a_bp: 8000,
              abc_boundary_b_bp: 9500,
              ...row,
            },
          };
        case 'organizations':
          return { table, row: { customer_code: null, one_off: false, ...row } };
        case 'revenue_lines':
          return { table, row: { description: null, import_id: null, ...row } };
        case 'assignments':
          return { table, row: { import_id: null, fingerprint: null, ...row } };
        default:
          return { table, row };
      }
    },
  },
  {
    to: '0005_goal_units',
    what:
      'category_goals gain unit: the standard measure’s own, or for a custom goal the unit its ' +
      'measure key carried ("own:<unit>:<name>" becomes "own:<name>")',
    apply: ({ table, row }) => {
      if (table !== 'category_goals' || 'unit' in row) return { table, row };
      return { table, row: { ...row, ...goalUnitOf(String(row.measure)) } };
    },
  },
  {
    to: '0008_account_teams_gifts_calendar_digest',
    what: 'workspaces gain the gift value limit (none)',
    apply: ({ table, row }) =>
      table === 'workspaces'
        ? { table, row: { gift_value_limit_cents: null, ...row } }
        : { table, row },
  },
  {
    to: '0009_activity_duties_and_contact_index',
    what: 'activities gain the yearly duty they fulfil (none)',
    apply: ({ table, row }) =>
      table === 'activities' ? { table, row: { duty: null, ...row } } : { table, row },
  },
  {
    to: '0011_workspace_time_zone',
    what: 'workspaces gain the time zone of the firm’s clock (Europe/Amsterdam)',
    apply: ({ table, row }) =>
      table === 'workspaces'
        ? { table, row: { time_zone: 'Europe/Amsterdam', ...row } }
        : { table, row },
  },
  {
    to: '0013_contact_search_key',
    what: 'contact persons gain the key they are found by (from their name, e-mail and phone)',
    apply: ({ table, row }) =>
      table === 'contacts'
        ? { table, row: { search_key: searchKeyOf(row), ...row } }
        : { table, row },
  },
  {
    to: '0016_client_until',
    what:
      'organizations gain the last day a former client was one (unknown: the backup holds no ' +
      'history of the status, so such a former client is not judged, as before)',
    apply: ({ table, row }) =>
      table === 'organizations' ? { table, row: { client_until: null, ...row } } : { table, row },
  },
  {
    to: '0017_evaluations_and_improvement_plans',
    what: 'workspaces gain the satisfaction norm their evaluations are held to (8)',
    apply: ({ table, row }) =>
      table === 'workspaces'
        ? { table, row: { satisfaction_norm: defaultSatisfactionNorm, ...row } }
        : { table, row },
  },
  {
    to: '0018_early_warning',
    what: 'workspaces gain their weights of the signals of early warning (none: the defaults)',
    apply: ({ table, row }) =>
      table === 'workspaces' ? { table, row: { signal_weights: {}, ...row } } : { table, row },
  },
  {
    to: '0019_lost_clients_and_win_back',
    what:
      'activities gain the loss whose win-back planned them (none); the firms get the preset ' +
      'lost reasons once restored',
    apply: ({ table, row }) =>
      table === 'activities' ? { table, row: { client_loss_id: null, ...row } } : { table, row },
  },
  {
    to: '0023_payments_and_invitation_answers',
    what:
      'revenue lines gain when they fell due and were paid (unknown: not tracked); those ' +
      'invited gain their answer to an invitation (none recorded)',
    apply: ({ table, row }) =>
      table === 'revenue_lines'
        ? { table, row: { due_on: null, paid_on: null, payment_tracked: false, ...row } }
        : table === 'activity_contacts'
          ? { table, row: { response: null, responded_on: null, ...row } }
          : { table, row },
  },
];

/** A contact person's search key from a backup's row, by the app's own rule. */
function searchKeyOf(row: BackupRow): string {
  const text = (column: string) => (typeof row[column] === 'string' ? row[column] : null);
  return contactSearchKey({
    firstName: text('first_name') ?? '',
    infix: text('infix'),
    lastName: text('last_name') ?? '',
    email: text('email'),
    phone: text('phone'),
  });
}

/** The unit of a goal from before goals had a unit column, and its measure key without it. */
function goalUnitOf(measure: string): { unit: string; measure: string } {
  if (Object.hasOwn(goalMeasures, measure)) {
    return { unit: goalMeasures[measure as keyof typeof goalMeasures].unit, measure };
  }
  const [prefix, unit, ...name] = measure.split(':');
  if (prefix !== 'own' || unit === undefined || name.length === 0)
    return { unit: 'count', measure };
  return { unit, measure: `own:${name.join(':')}` };
}

/** Whether this Klandizie knows a schema version (a newer one's backup it cannot read). */
export function isKnownSchema(schema: string): boolean {
  return schemaOrder.includes(schema);
}

/** The steps that bring rows of `schema` to the current schema, in order. */
export function upgradesFrom(schema: string): Upgrade[] {
  const from = schemaOrder.indexOf(schema);
  if (from < 0) throw new Error(`unknown schema version ${schema}`);
  const until = schemaOrder.indexOf(currentSchemaVersion);
  return upgrades
    .filter((step) => {
      const to = schemaOrder.indexOf(step.to);
      return to > from && to <= until;
    })
    .sort((a, b) => schemaOrder.indexOf(a.to) - schemaOrder.indexOf(b.to));
}

export function upgradeRecord(steps: readonly Upgrade[], record: BackupRecord): BackupRecord {
  return steps.reduce((current, step) => step.apply(current), record);
}
