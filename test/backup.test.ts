// Backups round trip: a firm with awkward values is backed up, restored elsewhere and backed up
// again, and both files and both databases are the same. Runs on the embedded server and again
// on the external one (scripts/test.js); one test crosses from one to the other and back.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/connection.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import * as schema from '../src/db/schema.ts';
import { checkBackup } from '../src/features/backup/backup.reader.ts';
import { restoreBackup } from '../src/features/backup/backup.restore.ts';
import { backupTables } from '../src/features/backup/backup.tables.ts';
import { writeBackup } from '../src/features/backup/backup.writer.ts';
import { Client, newFirm, testApp, testPassword } from './helpers/app.ts';
import { freshDatabase } from './helpers/database.ts';

const dir = mkdtempSync(join(tmpdir(), 'klandizie-backup-'));
const closing: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closing.reverse()) await close();
  rmSync(dir, { recursive: true, force: true });
});

const now = new Date('2025-06-30T12:00:00.000Z');
let fileCounter = 0;
const newFile = () => join(dir, `backup-${++fileCounter}.gz`);

async function database(open: () => Promise<Database>): Promise<Database> {
  const opened = await open();
  closing.push(() => opened.close());
  return opened;
}

async function restoreFile(target: Database, file: string, replace = false) {
  return restoreBackup(target, await checkBackup(file), { replace });
}

/** A firm made through the API, plus rows the API cannot make yet, with awkward values. */
async function fillWithAwkwardData(target: Database) {
  const app = testApp(target);
  const firm = await newFirm(app, "Adviesbureau Ĳssel & Zoon — “quotes” 'single' 😀");
  const { owner, workspaceId } = firm;
  const organization = await owner.post('/api/v1/organizations', {
    name: 'Café Ñandú "De Gouden Leeuw"',
    city: "'s-Hertogenbosch",
    notes: 'Eerste regel\nTweede regel\ttab \\ backslash 👩‍💼 שלום',
    clientSince: '2019-02-28',
  });
  expect(organization.status).toBe(201);
  const organizationId = organization.body.id as string;
  expect(
    (
      await owner.patch(`/api/v1/organizations/${organizationId}`, {
        status: 'former',
        customerCode: 'DEB-0001/“ä”',
        oneOff: true,
      })
    ).status,
  ).toBe(200);
  const contact = await owner.post(`/api/v1/organizations/${organizationId}/contacts`, {
    firstName: 'Zoë',
    infix: "van 't",
    lastName: 'Ærøskøbing',
    email: 'zoe@example.nl',
  });
  expect(contact.status).toBe(201);
  expect((await owner.post('/api/v1/tokens', { name: 'Export 🗂' })).status).toBe(201);
  const invited = await owner.post('/api/v1/invitations', {
    email: 'niels@example.nl',
    name: 'Ñiels Çelik',
    role: 'professional',
  });
  expect(invited.status).toBe(201);
  const stranger = new Client(app);
  await stranger.post('/api/v1/session', { email: firm.email, password: 'wrong password' });

  const client = await target.pool.connect();
  try {
    const id = () => crypto.randomUUID();
    await client.query(
      `insert into revenue_lines (workspace_id, id, organization_id, invoice_date, amount_cents,
         invoice_number, service_line, hours, cost_cents, fingerprint, created_at)
       values ($1, $2, $3, '2024-02-29', 9007199254740993, 'F-2024/001 “€”', 'Advies', 12.50, null, 'a', '2024-02-29 23:59:59.123456+01'),
              ($1, $4, $3, '2024-12-31', -123456789012, null, null, null, 1, 'b', '1999-12-31 23:59:59.999999+00'),
              ($1, $5, $3, '0001-01-01', 0, '', '', 0.01, 9223372036854775807, 'c', now())`,
      [workspaceId, id(), organizationId, id(), id()],
    );
    await client.query(
      `insert into assignments (workspace_id, id, organization_id, title, service_line, start_date,
         end_date, fee_cents, hours, professional_id)
       values ($1, $2, $3, 'Strategie 2025 – fase ½', null, null, null, -9223372036854775808, 9999999999.99, null)`,
      [workspaceId, id(), organizationId],
    );
    await client.query(
      `insert into audit_log (workspace_id, entity_type, entity_id, action, user_id, changes, at)
       values ($1, 'organization', $2, 'update', null, $3, '2024-06-01 08:00:00.000001+02')`,
      [
        workspaceId,
        organizationId,
        JSON.stringify({
          name: ['Ä "oud"', 'Ö\nnieuw 😀'],
          nested: { list: [1, 2.5, -0.001, 1e21, null, true, false], empty: {} },
          '10': 'a key that looks like a number',
        }),
      ],
    );
    await client.query(
      `insert into imports (workspace_id, id, kind, source_name, format, rows_read, lines_written,
         lines_already_present, rows_refused, organizations_created, user_id)
       values ($1, $2, 'revenue', 'Omzet 2024 “export”.csv', 'csv', 1000001, 999999, 1, 1, 0, null)`,
      [workspaceId, id()],
    );
    await client.query(
      `insert into import_mappings (workspace_id, kind, source_key, mapping, options)
       values ($1, 'revenue', 'debiteur|datum|bedrag', $2, '{}')`,
      [workspaceId, JSON.stringify({ customerName: 0, invoiceDate: 1, amount: 2 })],
    );
    await client.query(
      `insert into revenue_plans (workspace_id, fiscal_year, growth_existing_cents,
         new_clients_cents, expected_loss_cents)
       values ($1, 2025, 20000000, 20000000, -1)`,
      [workspaceId],
    );
    await client.query(
      `insert into acquisition_investments (workspace_id, fiscal_year, hours, hourly_rate_cents,
         money_cents, notes)
       values ($1, 2024, 120.25, 12500, 350000, 'Beurs “Zakelijk”')`,
      [workspaceId],
    );
    await client.query(
      `insert into client_decisions (workspace_id, id, organization_id, fiscal_year, decision,
         note, user_id)
       values ($1, $2, $3, 2024, 'part_ways', 'Respectvol afscheid 👋', $4)`,
      [workspaceId, id(), organizationId, firm.ownerId],
    );
    // Choosing clients: criteria, scores, schemes, a classification and what hangs on it.
    const criterionId = id();
    const schemeId = id();
    const classificationId = id();
    await client.query(
      `insert into criteria (workspace_id, id, key, name, criterion_group, source, weight,
         scale_max, data_mapping, position, active)
       values ($1, $2, 'own-1', 'Brengt “nieuwe” klanten 😀', 'strategic', 'data', 5, 3, $3, 0, true)`,
      [
        workspaceId,
        criterionId,
        JSON.stringify({
          measure: 'revenueCents',
          direction: 'higherIsBetter',
          thresholds: [1, 2, 3],
        }),
      ],
    );
    await client.query(
      `insert into criterion_scores (workspace_id, organization_id, criterion_id, scorer_id, score)
       values ($1, $2, $3, $4, 3)`,
      [workspaceId, organizationId, criterionId, firm.ownerId],
    );
    await client.query(
      `insert into scoring_revisions (workspace_id, revision) values ($1, 9007199254740991)`,
      [workspaceId],
    );
    await client.query(
      `insert into agreed_scores (workspace_id, organization_id, criterion_id, score, user_id)
       values ($1, $2, $3, 0, null)`,
      [workspaceId, organizationId, criterionId],
    );
    const definition = {
      categories: [
        { key: 'A', name: null, lowerBound: { tenths: 80, inclusive: false } },
        { key: 'eigen', name: 'Één “eigen”', lowerBound: { tenths: 0, inclusive: true } },
      ],
      method: { kind: 'weightedGrade' },
    };
    await client.query(
      `insert into category_schemes (workspace_id, id, name, preset, kind, definition, is_primary)
       values ($1, $2, 'Waarde', null, 'value', $3, true)`,
      [workspaceId, schemeId, JSON.stringify(definition)],
    );
    await client.query(
      `insert into classifications (workspace_id, id, scheme_id, definition, criteria,
         client_count, note, user_id)
       values ($1, $2, $3, $4, '[]', 1, 'Jaarreview\nmet “aantekening”', $5)`,
      [workspaceId, classificationId, schemeId, JSON.stringify(definition), firm.ownerId],
    );
    await client.query(
      `insert into client_categories (workspace_id, classification_id, organization_id, category,
         total, maximum)
       values ($1, $2, $3, null, 0, 15)`,
      [workspaceId, classificationId, organizationId],
    );
    await client.query(
      `insert into category_overrides (workspace_id, scheme_id, organization_id, category, reason,
         user_id)
       values ($1, $2, $3, 'A', 'Nieuwe directeur; groeit ✓', $4)`,
      [workspaceId, schemeId, organizationId, firm.ownerId],
    );
    // the category set by hand before it, and when it stood
    await client.query(
      `insert into category_override_history (workspace_id, scheme_id, organization_id, category,
         reason, user_id, set_at, ended_at)
       values ($1, $2, $3, 'B', 'Tijdelijk “proef”', $4, '2024-01-31 23:30:00.123456+00',
         '2024-06-14 22:00:00+00')`,
      [workspaceId, schemeId, organizationId, firm.ownerId],
    );
    await client.query(
      `insert into value_tags (workspace_id, organization_id, tag) values ($1, $2, 'prestige')`,
      [workspaceId, organizationId],
    );
    await client.query(
      `insert into category_goals (workspace_id, id, scheme_id, category, kind, name, measure,
         unit, target, direction)
       values ($1, $2, $3, 'A', 'loyalty', null, 'retentionRateBasisPoints', 'basisPoints', 9500,
         'atLeast')`,
      [workspaceId, id(), schemeId],
    );
    await client.query(
      `insert into prospect_profiles (workspace_id, scheme_id, profile) values ($1, $2, $3)`,
      [workspaceId, schemeId, JSON.stringify({ sectors: ['Bouw', 'Zorg & welzijn'] })],
    );
    await client.query(
      `insert into service_concepts (workspace_id, scheme_id, category, norms) values ($1, $2, 'A', $3)`,
      [
        workspaceId,
        schemeId,
        JSON.stringify({ personalContactIntervalDays: 60, ownNorms: 'Bel ’s ochtends' }),
      ],
    );
    const activityId = id();
    await client.query(
      `insert into activities (workspace_id, id, organization_id, type, p, status, on_date, subject,
         notes, minutes, cost_cents, follow_up_on, follow_up_note, duty, created_by)
       values ($1, $2, $3, 'visit', 'person', 'done', '2024-02-29', 'Jubileum: 25 jaar',
         'Bloemen “met kaart”', 45, 3995, '2024-03-07', 'Offerte nabellen',
         'evaluationConversation', $4)`,
      [workspaceId, activityId, organizationId, firm.ownerId],
    );
    const contact = await client.query<{ id: string }>(
      `select id from contacts where workspace_id = $1 limit 1`,
      [workspaceId],
    );
    await client.query(
      `insert into activity_contacts (workspace_id, activity_id, contact_id) values ($1, $2, $3)`,
      [workspaceId, activityId, contact.rows[0]?.id ?? id()],
    );
    await client.query(
      `insert into activity_professionals (workspace_id, activity_id, user_id) values ($1, $2, $3)`,
      [workspaceId, activityId, firm.ownerId],
    );
    await client.query(
      `insert into call_backs (workspace_id, id, organization_id, caller_name, called_on,
         for_user_id, note, returned_on, created_by)
       values ($1, $2, $3, 'Mevr. d’Ancona', '2024-12-31', $4, 'Over de jaarrekening', '2025-01-02', $4)`,
      [workspaceId, id(), organizationId, firm.ownerId],
    );
    await client.query(
      `insert into proposals (workspace_id, id, organization_id, title, stage, requested_on,
         sent_on, decided_on, value_cents, lost_reason, owner_id, angle, position, created_by)
       values ($1, $2, $3, 'Controle 2025 & advies', 'lost', '2025-01-03', '2025-01-08',
         '2025-02-01', 1250000, 'Prijs te hoog', $4, 'relationshipMaintenance', 2, $4)`,
      [workspaceId, id(), organizationId, firm.ownerId],
    );
    await client.query(
      `update workspaces set gift_value_limit_cents = 5000 where workspace_id = $1`,
      [workspaceId],
    );
    const colleague = await client.query<{ id: string }>(
      `select id from users where workspace_id = $1 limit 1`,
      [workspaceId],
    );
    await client.query(
      `insert into account_team_members (workspace_id, organization_id, user_id, role)
       values ($1, $2, $3, 'lead')`,
      [workspaceId, organizationId, colleague.rows[0]?.id ?? firm.ownerId],
    );
    await client.query(
      `insert into gifts (workspace_id, id, organization_id, contact_id, status, on_date, occasion,
         description, value_cents, requirements_met, notes, created_by)
       values ($1, $2, $3, $4, 'planned', '2025-12-19', 'newYear', 'Wijnkist “Château d’Yquem”',
         4995, '["recipientsTaste","lastingReminder"]', 'Bezorgen vóór kerst', $5)`,
      [workspaceId, id(), organizationId, contact.rows[0]?.id ?? id(), firm.ownerId],
    );
    // an evaluation below the norm with its improvement plan, and a re-evaluation that closed it
    const [below, above] = [id(), id()];
    for (const [evaluationId, day, overall, recommend] of [
      [below, '2025-03-03', 7, 9],
      [above, '2025-05-12', 8, null],
    ] as const)
      await client.query(
        `insert into evaluations (workspace_id, id, organization_id, contact_id, method,
           evaluated_on, end_result, overall, recommend, trust, comments, created_by)
         values ($1, $2, $3, $4, 'conversation', $5, 6, $6, $7, 'continue', 'Te laat “opgeleverd”', $8)`,
        [
          workspaceId,
          evaluationId,
          organizationId,
          contact.rows[0]?.id ?? id(),
          day,
          overall,
          recommend,
          firm.ownerId,
        ],
      );
    await client.query(
      `insert into improvement_plans (workspace_id, id, organization_id, evaluation_id, norm, what,
         owner_id, due_on, cost_cents, closed_on, closed_by_evaluation_id)
       values ($1, $2, $3, $4, 8, 'Wekelijks overleg', $5, '2025-04-02', 45000, '2025-05-12', $6)`,
      [workspaceId, id(), organizationId, below, firm.ownerId, above],
    );
    // an acute signal heard, a signal dismissed for its evidence, and the firm's own weights
    await client.query(
      `insert into acute_signals (workspace_id, id, organization_id, kind, recorded_on, note, recorded_by)
       values ($1, $2, $3, 'threatensToLeave', '2025-06-02', 'Belde over een “concurrent”', $4)`,
      [workspaceId, id(), organizationId, firm.ownerId],
    );
    await client.query(
      `insert into signal_dismissals (workspace_id, id, organization_id, kind, fingerprint, reason,
         dismissed_by, dismissed_on)
       values ($1, $2, $3, 'personalContactLow', 'personalContactLow:["2025-01-02",60]',
         'Op vakantie', $4, '2025-06-03')`,
      [workspaceId, id(), organizationId, firm.ownerId],
    );
    await client.query(
      `update workspaces set signal_weights = '{"revenueDeclining": 30}' where workspace_id = $1`,
      [workspaceId],
    );
    // a loss won back, with the win-back visit its policy planned, and a category's own policy
    const lossId = id();
    await client.query(
      `insert into client_losses (workspace_id, id, organization_id, lost_on, reason_id, text,
         manner, told, recorded_by, won_back_on, win_back_note)
       values ($1, $2, $3, '2025-02-03', (select id from lost_reasons where workspace_id = $1
         and preset = 'price'), 'Naar “Accountants & Co”', 'tense', 'De maten', $4, '2025-04-01',
         'Terug na het bezoek')`,
      [workspaceId, lossId, organizationId, firm.ownerId],
    );
    await client.query(
      `update activities set client_loss_id = $2 where workspace_id = $1 and id = $3`,
      [workspaceId, lossId, activityId],
    );
    await client.query(
      `insert into win_back_policies (workspace_id, scheme_id, category, actor, user_id, steps)
       values ($1, $2, 'A', 'namedUser', $3, $4)`,
      [
        workspaceId,
        schemeId,
        firm.ownerId,
        JSON.stringify([
          { type: 'visit', p: 'person', subject: 'Bezoek ’t kantoor', daysAfterLoss: 14 },
        ]),
      ],
    );
    // a complaint solved and closed, about the colleague, and one still only received
    await client.query(
      `insert into complaints (workspace_id, id, organization_id, contact_id, professional_id,
         subject, description, severity, received_on, acknowledged_on, solved_on, closed_on,
         created_by)
       values ($1, $2, $3, $4, $5, 'Factuur “dubbel” verstuurd', 'Twee keer dezelfde factuur',
         'serious', '2025-03-07', '2025-03-10', '2025-03-18', '2025-03-20', $6),
         ($1, $7, $3, null, null, 'Niet teruggebeld', null, 'minor', '2025-06-02', null, null,
         null, $6)`,
      [
        workspaceId,
        id(),
        organizationId,
        contact.rows[0]?.id ?? id(),
        colleague.rows[0]?.id ?? firm.ownerId,
        firm.ownerId,
        id(),
      ],
    );
    // a survey link sent to the contact person and reminded once; only its hash is kept
    const surveyId = id();
    await client.query(
      `insert into survey_requests (workspace_id, id, organization_id, contact_id, language,
         created_by, expires_at, sent_at, sent_to, reminders_sent, last_reminder_at)
       values ($1, $2, $3, $4, 'nl', $5, '2025-07-01 12:00:00+02', '2025-06-01 12:00:00+02',
         'anna@example.nl', 1, '2025-06-08 12:00:00+02')`,
      [workspaceId, surveyId, organizationId, contact.rows[0]?.id ?? id(), firm.ownerId],
    );
    await client.query(
      `insert into survey_links (workspace_id, token_hash, request_id) values ($1, $2, $3)`,
      [workspaceId, 'hash-of-a-survey-secret', surveyId],
    );
    // marketing spend no client is tied to: a fair on the bottom layer of the pyramid
    await client.query(
      `insert into marketing_spend (workspace_id, id, spent_on, layer, description, minutes,
         cost_cents, created_by)
       values ($1, $2, '2025-02-14', 'ownSales', 'Beursstand “Bouwvak”', 480, 250000, $3)`,
      [workspaceId, id(), firm.ownerId],
    );
    await client.query(
      `insert into calendar_feeds (workspace_id, id, user_id, token_hash, last_fetched_at, revoked_at)
       values ($1, $2, $3, 'hash-of-a-secret', '2025-01-06 07:00:00+01', '2025-02-01 12:00:00+01')`,
      [workspaceId, id(), firm.ownerId],
    );
    await client.query(
      `insert into weekly_digests (workspace_id, user_id, enabled, last_sent_on)
       values ($1, $2, false, '2025-01-06')`,
      [workspaceId, firm.ownerId],
    );
    // Text keys whose order differs between collations.
    for (const sessionId of ['Zeta', 'alpha', 'Alpha', '_under', 'éclair']) {
      await client.query(
        `insert into sessions (workspace_id, id, user_id, csrf_token, expires_at)
         values ($1, $2, $3, 'csrf', now() + interval '1 hour')`,
        [workspaceId, sessionId, firm.ownerId],
      );
    }
  } finally {
    client.release();
  }
  return firm;
}

/** Every row of every table as PostgreSQL prints it, to compare databases independently. */
async function contents(target: Database): Promise<Record<string, string[]>> {
  const client = await target.pool.connect();
  try {
    await client.query("set timezone = 'UTC'");
    const all: Record<string, string[]> = {};
    for (const { name } of backupTables) {
      const result = await client.query<{ row: string }>(
        `select t::text as row from "${name}" t order by t::text collate "C"`,
      );
      all[name] = result.rows.map((r) => r.row);
    }
    return all;
  } finally {
    client.release();
  }
}

const text = (file: string) => gunzipSync(readFileSync(file)).toString('utf8');

/** A database of its own on the server of a URL (the external server when tests run embedded). */
async function databaseOnServer(url: string): Promise<Database> {
  const parsed = new URL(url);
  const config: pg.ClientConfig = {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  };
  const name = `klandizie_backup_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ ...config, database: 'postgres' });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const connectionConfig = { ...config, database: name };
  await migrateDatabase(connectionConfig);
  const pool = new pg.Pool({ ...connectionConfig, max: 5 });
  return {
    db: drizzle(pool, { schema }),
    pool,
    kind: 'server',
    connectionConfig,
    close: async () => {
      await pool.end();
      const cleanup = new pg.Client({ ...config, database: 'postgres' });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** A database on an embedded server of its own (the embedded side when tests run external). */
async function databaseOnOwnEmbeddedServer(): Promise<Database> {
  const dataDir = mkdtempSync(join(tmpdir(), 'klandizie-backup-embedded-'));
  const opened = await openDatabase({ dataDir, log: () => undefined });
  await migrateDatabase(opened.connectionConfig);
  return {
    ...opened,
    close: async () => {
      await opened.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe('backup and restore', () => {
  it('restores everything exactly, and the second backup is the same file', async () => {
    const source = await database(freshDatabase);
    await fillWithAwkwardData(source);
    const first = newFile();
    const written = await writeBackup(source, { file: first, now });
    expect(Object.entries(written.counts).filter(([, rows]) => rows === 0)).toEqual([]);

    const target = await database(freshDatabase);
    const { backup } = await restoreFile(target, first);
    expect(backup.rows).toBe(written.rows);
    expect(await contents(target)).toEqual(await contents(source));

    const second = newFile();
    await writeBackup(target, { file: second, now });
    expect(text(second)).toBe(text(first));
  });

  it('keeps values exact: big amounts, microseconds, text, JSON', async () => {
    const source = await database(freshDatabase);
    await fillWithAwkwardData(source);
    // As on a server whose default collation is a language's: rows still come in byte order.
    await source.pool.query('alter table sessions alter column id type text collate "und-x-icu"');
    const file = newFile();
    await writeBackup(source, { file, now });
    const lines = text(file).trimEnd().split('\n');
    const rows = lines.slice(1, -1).map((line) => JSON.parse(line));
    const revenue = rows.filter((line) => line.t === 'revenue_lines').map((line) => line.r);
    expect(revenue.map((r) => r.amount_cents).sort()).toEqual([
      -123456789012,
      0,
      '9007199254740993',
    ]);
    expect(revenue.map((r) => r.created_at)).toContain('2024-02-29T22:59:59.123456+00:00');
    expect(revenue.map((r) => r.hours)).toEqual(expect.arrayContaining(['12.50', '0.01', null]));
    const assignment = rows.find((line) => line.t === 'assignments').r;
    expect(assignment.fee_cents).toBe('-9223372036854775808');
    const audit = rows.filter((line) => line.t === 'audit_log').map((line) => line.r.changes);
    expect(audit).toContainEqual(
      expect.objectContaining({ name: ['Ä "oud"', 'Ö\nnieuw 😀'], '10': expect.any(String) }),
    );
    const sessions = rows.filter((line) => line.t === 'sessions').map((line) => line.r.id);
    const named = sessions.filter((id: string) => id.length < 10);
    expect(named).toEqual(['Alpha', 'Zeta', '_under', 'alpha', 'éclair']);

    const target = await database(freshDatabase);
    await restoreFile(target, file);
    const check = await target.pool.query<{ amounts: string; at: string }>(
      `select string_agg(amount_cents::text, ',' order by amount_cents) as amounts,
              (select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')
                 from revenue_lines where fingerprint = 'a') as at
         from revenue_lines`,
    );
    expect(check.rows[0]).toEqual({
      amounts: '-123456789012,0,9007199254740993',
      at: '2024-02-29 22:59:59.123456',
    });
  });

  it('leaves a restored firm working: sign in, and new rows after the restored ids', async () => {
    const source = await database(freshDatabase);
    const firm = await fillWithAwkwardData(source);
    const file = newFile();
    await writeBackup(source, { file, now });
    const target = await database(freshDatabase);
    await restoreFile(target, file);

    const owner = new Client(testApp(target));
    const signIn = await owner.post('/api/v1/session', {
      email: firm.email,
      password: testPassword,
    });
    expect(signIn.status).toBe(200);
    const listed = await owner.get('/api/v1/organizations');
    expect(listed.body.items.map((o: { name: string }) => o.name)).toEqual([
      'Café Ñandú "De Gouden Leeuw"',
    ]);
    // audit_log and sign_in_attempts ids come from sequences, which must be past the restored ids
    expect((await owner.post('/api/v1/organizations', { name: 'Nieuw' })).status).toBe(201);
    await new Client(testApp(target)).post('/api/v1/session', {
      email: firm.email,
      password: 'wrong again',
    });
    const { rows } = await target.pool.query<{ n: string }>(
      'select count(*)::text as n from audit_log',
    );
    expect(Number(rows[0]!.n)).toBeGreaterThan(4);
  });

  it('refuses a database with data, and replaces it with --replace', async () => {
    const source = await database(freshDatabase);
    await fillWithAwkwardData(source);
    const file = newFile();
    await writeBackup(source, { file, now });

    const target = await database(freshDatabase);
    await newFirm(testApp(target), 'Een andere firma');
    const before = await contents(target);
    await expect(restoreFile(target, file)).rejects.toThrow(
      /^the database already holds data \(workspaces: 1, users: 1, sessions: 1, .*\): restore into an empty database, or replace its data with --replace; nothing was changed$/,
    );
    expect(await contents(target)).toEqual(before);

    const { replaced } = await restoreFile(target, file, true);
    expect(replaced).toMatchObject({ workspaces: 1, users: 1 });
    expect(await contents(target)).toEqual(await contents(source));
  });

  it('rolls everything back when a row cannot be inserted, even with --replace', async () => {
    const source = await database(freshDatabase);
    await newFirm(testApp(source), 'Bron');
    const file = newFile();
    await writeBackup(source, { file, now });
    // The same user twice: the file is whole, but the second insert breaks the primary key.
    const lines = text(file).trimEnd().split('\n');
    const header = JSON.parse(lines[0]!);
    const user = lines.find((line) => line.startsWith('{"t":"users"'))!;
    header.tables.find((t: { name: string }) => t.name === 'users').rows = 2;
    const body = [JSON.stringify(header), ...lines.slice(1, -1), user];
    const rows = { ...JSON.parse(lines.at(-1)!).rows, users: 2 };
    const broken = newFile();
    writeFileSync(broken, gzipSync(withClosingLine(body, rows)));

    const target = await database(freshDatabase);
    await newFirm(testApp(target), 'Doel');
    const before = await contents(target);
    await expect(restoreFile(target, broken, true)).rejects.toThrow(/duplicate key/);
    expect(await contents(target)).toEqual(before);
  });

  it('holds every table of the database', async () => {
    const target = await database(freshDatabase);
    const { rows } = await target.pool.query<{ name: string }>(
      `select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    // client_years is derived from the revenue lines: rebuilt by a restore, not carried;
    // sign_in_counters is the sign-in throttle's last quarter of an hour, no firm's data
    const carried = (name: string) => name !== 'client_years' && name !== 'sign_in_counters';
    expect(rows.map((r) => r.name).filter(carried)).toEqual(backupTables.map((t) => t.name).sort());
  });

  it('never leaves a partial file under the final name', async () => {
    const source = await database(freshDatabase);
    const target = join(dir, 'missing-folder', 'backup.gz');
    await expect(writeBackup(source, { file: target, now })).rejects.toThrow(/ENOENT/);
    const file = newFile();
    writeFileSync(file, 'the previous backup');
    // Counting still works, reading the rows fails: halfway through the file.
    await source.pool.query('alter table contacts rename column notes to remarks');
    await expect(writeBackup(source, { file, now })).rejects.toThrow(/notes/);
    expect(readFileSync(file, 'utf8')).toBe('the previous backup');
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it.skipIf(!process.env.DATABASE_URL_TEST)(
    'crosses servers: embedded → external → embedded, the same rows every time',
    async () => {
      const url = process.env.DATABASE_URL_TEST!;
      const onEmbedded = () =>
        inject('pgTarget') === 'embedded' ? freshDatabase() : databaseOnOwnEmbeddedServer();
      const onExternal = () =>
        inject('pgTarget') === 'external' ? freshDatabase() : databaseOnServer(url);
      const embedded = await database(onEmbedded);
      await fillWithAwkwardData(embedded);
      const fromEmbedded = newFile();
      await writeBackup(embedded, { file: fromEmbedded, now });

      const external = await database(onExternal);
      await restoreFile(external, fromEmbedded);
      const fromExternal = newFile();
      await writeBackup(external, { file: fromExternal, now });
      expect(text(fromExternal)).toBe(text(fromEmbedded));

      const back = await database(onEmbedded);
      await restoreFile(back, fromExternal);
      expect(await contents(back)).toEqual(await contents(embedded));
      const fromBack = newFile();
      await writeBackup(back, { file: fromBack, now });
      expect(text(fromBack)).toBe(text(fromEmbedded));
    },
    120_000,
  );
});

function withClosingLine(lines: string[], rows: Record<string, number>): string {
  const body = lines.map((line) => `${line}\n`).join('');
  const sha256 = createHash('sha256').update(body).digest('hex');
  return `${body}${JSON.stringify({ end: true, rows, sha256 })}\n`;
}
