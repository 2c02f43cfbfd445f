import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contactSearchKey } from '../../core/contact-name.ts';
import { describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../db/migrate.ts';
import { preReleaseSchema, upgradeRecord, upgrades, upgradesFrom } from './backup.upgrades.ts';
import { currentSchemaVersion, migrationTags } from './backup.versions.ts';

type Snapshot = {
  tables: Record<string, { columns: Record<string, { type: string; notNull: boolean }> }>;
};

function columnsOf(tag: string): Map<string, string> {
  const idx = tag.split('_')[0]!;
  const snapshot = JSON.parse(
    readFileSync(join(migrationsFolder, 'meta', `${idx}_snapshot.json`), 'utf8'),
  ) as Snapshot;
  const columns = new Map<string, string>();
  for (const [table, { columns: tableColumns }] of Object.entries(snapshot.tables)) {
    for (const [name, column] of Object.entries(tableColumns)) {
      columns.set(`${table}.${name}`, `${column.type} ${column.notNull ? 'not null' : 'null'}`);
    }
  }
  return columns;
}

describe('backup upgrades', () => {
  it('has a step for every migration that changes a column a backup holds', () => {
    // A migration that only adds tables needs no step: older backups simply have no rows there.
    const tablesOf = (columns: Map<string, string>) =>
      new Set([...columns.keys()].map((key) => key.slice(0, key.lastIndexOf('.'))));
    const changing: string[] = [];
    let before = new Map<string, string>();
    for (const tag of migrationTags) {
      const after = columnsOf(tag);
      const kept = tablesOf(before);
      const changed = [...kept].some((table) => {
        const of = (columns: Map<string, string>) =>
          [...columns]
            .filter(([key]) => key.startsWith(`${table}.`))
            .sort()
            .join('|');
        return of(before) !== of(after);
      });
      // The first migration with tables replaced the pre-release schema.
      if (changed || (kept.size === 0 && after.size > 0)) changing.push(tag);
      before = after;
    }
    expect(changing).toEqual([
      '0001_foundation',
      '0003_portfolio',
      '0005_goal_units',
      '0008_account_teams_gifts_calendar_digest',
      '0009_activity_duties_and_contact_index',
      '0011_workspace_time_zone',
      '0013_contact_search_key',
      '0016_client_until',
      '0017_evaluations_and_improvement_plans',
      '0018_early_warning',
      '0019_lost_clients_and_win_back',
      '0023_payments_and_invitation_answers',
    ]);
    expect(changing.filter((tag) => !upgrades.some((step) => step.to === tag))).toEqual([]);
  });

  it('names only known migrations, in migration order', () => {
    const order = upgrades.map((step) => migrationTags.indexOf(step.to));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('runs the steps after a backup’s schema, and none for the current one', () => {
    expect(upgradesFrom(preReleaseSchema).map((step) => step.to)).toEqual([
      '0001_foundation',
      '0003_portfolio',
      '0005_goal_units',
      '0008_account_teams_gifts_calendar_digest',
      '0009_activity_duties_and_contact_index',
      '0011_workspace_time_zone',
      '0013_contact_search_key',
      '0016_client_until',
      '0017_evaluations_and_improvement_plans',
      '0018_early_warning',
      '0019_lost_clients_and_win_back',
      '0023_payments_and_invitation_answers',
    ]);
    expect(upgradesFrom(currentSchemaVersion)).toEqual([]);
    expect(() => upgradesFrom('0099_future')).toThrow('unknown schema version');
  });

  it('brings pre-release rows to the current columns', () => {
    const steps = upgradesFrom(preReleaseSchema);
    expect(upgradeRecord(steps, { table: 'workspaces', row: { name: 'Firm' } })).toEqual({
      table: 'workspaces',
      row: {
        name: 'Firm',
        fiscal_year_start_month: 1,
        dependency_threshold_bp: 2000,
        abc_boundary_a_bp: 8000,
        abc_boundary_b_bp: 9500,
        gift_value_limit_cents: null,
        time_zone: 'Europe/Amsterdam',
        satisfaction_norm: 8,
        signal_weights: {},
      },
    });
    expect(upgradeRecord(steps, { table: 'users', row: { locale: 'en' } }).row.locale).toBe('en');
    expect(
      upgradeRecord(steps, { table: 'organizations', row: { name: 'A', category: 'team' } }),
    ).toEqual({
      table: 'organizations',
      row: {
        name: 'A',
        relation_level: 'team',
        customer_code: null,
        one_off: false,
        client_until: null,
      },
    });
    expect(upgradeRecord(steps, { table: 'contacts', row: { notes: null } }).row).toEqual({
      notes: null,
      search_key: '',
    });
  });

  it('gives contact persons of an older backup the key they are found by, as the app makes it', () => {
    const steps = upgradesFrom('0012_yearly_norm_index');
    const row = {
      first_name: 'Jan',
      infix: 'de',
      last_name: 'Vriës',
      email: 'jan@voorbeeld.nl',
      phone: '06-12 34 56 78',
    };
    expect(upgradeRecord(steps, { table: 'contacts', row }).row.search_key).toBe(
      contactSearchKey({
        firstName: 'Jan',
        infix: 'de',
        lastName: 'Vriës',
        email: 'jan@voorbeeld.nl',
        phone: '06-12 34 56 78',
      }),
    );
  });

  it('gives goals of a backup made before goals had a unit the unit their measure carried', () => {
    const steps = upgradesFrom('0004_choosing_clients');
    const goal = (measure: string) =>
      upgradeRecord(steps, { table: 'category_goals', row: { measure, target: 5 } }).row;
    expect(goal('retentionRateBasisPoints')).toEqual({
      measure: 'retentionRateBasisPoints',
      unit: 'basisPoints',
      target: 5,
    });
    expect(goal('own:cents:lunch: with the board')).toEqual({
      measure: 'own:lunch: with the board',
      unit: 'cents',
      target: 5,
    });
    expect(goal('own:months:')).toEqual({ measure: 'own:', unit: 'months', target: 5 });
  });

  it('gives a firm of a backup made before the gift register no gift value limit', () => {
    const steps = upgradesFrom('0007_call_backs_and_proposals');
    expect(upgradeRecord(steps, { table: 'workspaces', row: { name: 'Firm' } }).row).toEqual({
      name: 'Firm',
      gift_value_limit_cents: null,
      time_zone: 'Europe/Amsterdam',
      satisfaction_norm: 8,
      signal_weights: {},
    });
    const limited = {
      name: 'Firm',
      gift_value_limit_cents: 5000,
      time_zone: 'Europe/London',
      satisfaction_norm: 9,
      signal_weights: { revenueDeclining: 30 },
    };
    expect(upgradeRecord(steps, { table: 'workspaces', row: limited }).row).toEqual(limited);
  });

  it('gives a firm of a backup made before the firm’s clock the default time zone', () => {
    const steps = upgradesFrom('0009_activity_duties_and_contact_index');
    expect(upgradeRecord(steps, { table: 'workspaces', row: { name: 'Firm' } }).row).toEqual({
      name: 'Firm',
      time_zone: 'Europe/Amsterdam',
      satisfaction_norm: 8,
      signal_weights: {},
    });
  });

  it('holds a firm of a backup made before evaluations to the norm of 8', () => {
    const steps = upgradesFrom('0016_client_until');
    expect(steps.map((step) => step.to)).toEqual([
      '0017_evaluations_and_improvement_plans',
      '0018_early_warning',
      '0019_lost_clients_and_win_back',
      '0023_payments_and_invitation_answers',
    ]);
    expect(upgradeRecord(steps, { table: 'workspaces', row: { name: 'Firm' } }).row).toEqual({
      name: 'Firm',
      satisfaction_norm: 8,
      signal_weights: {},
    });
  });

  it('gives a firm of a backup made before early warning the default weights of its signals', () => {
    const steps = upgradesFrom('0017_evaluations_and_improvement_plans');
    expect(steps.map((step) => step.to)).toEqual([
      '0018_early_warning',
      '0019_lost_clients_and_win_back',
      '0023_payments_and_invitation_answers',
    ]);
    expect(upgradeRecord(steps, { table: 'workspaces', row: { name: 'Firm' } }).row).toEqual({
      name: 'Firm',
      signal_weights: {},
    });
  });

  it('gives revenue lines of a backup made before paid dates no payment known', () => {
    const steps = upgradesFrom('0017_evaluations_and_improvement_plans');
    expect(
      upgradeRecord(steps, { table: 'revenue_lines', row: { amount_cents: 100 } }).row,
    ).toEqual({
      amount_cents: 100,
      due_on: null,
      paid_on: null,
      payment_tracked: false,
    });
  });

  it('gives those invited in a backup made before answers none', () => {
    const steps = upgradesFrom('0022_survey_requests');
    expect(
      upgradeRecord(steps, { table: 'activity_contacts', row: { contact_id: 'c' } }).row,
    ).toEqual({ contact_id: 'c', response: null, responded_on: null });
  });

  it('gives activities of a backup made before yearly duties none', () => {
    const steps = upgradesFrom('0008_account_teams_gifts_calendar_digest');
    expect(upgradeRecord(steps, { table: 'activities', row: { type: 'visit' } }).row).toEqual({
      type: 'visit',
      duty: null,
      client_loss_id: null,
    });
  });

  it('gives activities of a backup made before lost clients no loss', () => {
    const steps = upgradesFrom('0017_evaluations_and_improvement_plans');
    expect(upgradeRecord(steps, { table: 'activities', row: { type: 'call' } }).row).toEqual({
      type: 'call',
      client_loss_id: null,
    });
  });
});
