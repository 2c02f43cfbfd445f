// Loads the demo firm into an empty database: one transaction, so a failed load writes nothing;
// rows go in as whole columns (INSERT … SELECT FROM unnest), thousands per statement.
import { count } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { DomainError } from '../core/errors.ts';
import type { Database, Db } from '../db/connection.ts';
import * as schema from '../db/schema.ts';
import { recordAudit } from '../kernel/audit.ts';
import { hashPassword } from '../features/auth/password.ts';
import { demoSignIn } from './firm.ts';
import { demoFirm, type DemoBatch, type DemoOptions } from './generate.ts';
import { refreshClientYears } from '../features/portfolio/client-years.repo.ts';
import { firmToday } from '../http/today.ts';
import { insertRows } from './insert-rows.ts';
import { loadDemoLosses } from './load-losses.ts';
import { loadDemoServicing, type ServicingSummary } from './load-servicing.ts';
import { loadDemoEvaluations } from './load-evaluations.ts';
import { loadDemoComplaints } from './load-complaints.ts';
import { demoMarketingSpend } from './marketing-spend.ts';

export type DemoSummary = {
  workspaceId: string;
  users: number;
  organizations: number;
  contacts: number;
  assignments: number;
  revenueLines: number;
  servicing: ServicingSummary | null;
  evaluations: { evaluations: number; improvementPlans: number } | null;
  losses: { losses: number; winBackActivities: number } | null;
  complaints: number;
  seconds: number;
};

/** The lock the first-visit setup takes too, so a setup and a demo load never both succeed. */
const setupLock = 4_242_002;

/**
 * The connection with its statements sent one after another. The services that set up the
 * firm's categories read in parallel, which a pool spreads over its connections; on the load's
 * one connection they wait their turn here (pg is to stop queueing them itself).
 */
function oneAtATime(client: pg.PoolClient): pg.PoolClient {
  let last: Promise<unknown> = Promise.resolve();
  const send = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const query = (...args: unknown[]) => {
    const sent = last.then(() => send(...args));
    last = sent.catch(() => undefined);
    return sent;
  };
  return { query } as unknown as pg.PoolClient;
}

/**
 * The largest table first: while the next batch is generated, only the statement already sent
 * can run. (The foreign keys are checked at commit, so the order is free.)
 */
async function insertBatch(client: pg.PoolClient, batch: DemoBatch): Promise<void> {
  await insertRows(client, schema.revenueLines, batch.revenueLines);
  await insertRows(client, schema.assignments, batch.assignments);
  await insertRows(client, schema.contacts, batch.contacts);
  await insertRows(client, schema.organizations, batch.organizations);
}

/**
 * Loads the demo firm; refuses (conflict) when the database holds a firm already. The demo
 * owner's password is hashed once and shared by all demo users. What the firm did for its clients
 * lies around `today` (the firm's day now, when left out): the same seed, size and day give the
 * same firm.
 */
export async function loadDemoFirm(
  database: Database,
  options: DemoOptions & { today?: string; onProgress?: (organizations: number) => void },
): Promise<DemoSummary> {
  const started = performance.now();
  const firm = demoFirm(options);
  const passwordHash = await hashPassword(demoSignIn.password);
  const summary: DemoSummary = {
    workspaceId: firm.workspace.workspaceId,
    users: firm.users.length,
    organizations: 0,
    contacts: 0,
    assignments: 0,
    revenueLines: 0,
    servicing: null,
    evaluations: null,
    losses: null,
    complaints: 0,
    seconds: 0,
  };
  const pooled = await database.pool.connect();
  const client = oneAtATime(pooled);
  try {
    // one transaction on one connection: the rows go in over the connection itself, and the
    // services the servicing is set up with run in it (their own transactions become savepoints)
    await drizzle(client, { schema }).transaction(async (tx) => {
      const db = tx as unknown as Db;
      await client.query('select pg_advisory_xact_lock($1)', [setupLock]);
      // batches go in largest table first (insertBatch): references are checked at commit
      await client.query('set constraints all deferred');
      const [existing] = await db.select({ firms: count() }).from(schema.workspaces);
      if ((existing?.firms ?? 0) > 0) {
        throw new DomainError(
          'conflict',
          'The database holds a firm already; the demo firm is loaded only into an empty database',
        );
      }
      await insertRows(client, schema.workspaces, [firm.workspace]);
      await insertRows(
        client,
        schema.users,
        firm.users.map((user) => ({ ...user, passwordHash })),
      );
      // Generating the next batch overlaps with the database storing the previous one.
      let pending: Promise<void> = Promise.resolve();
      for (const batch of firm.batches()) {
        await pending;
        pending = insertBatch(client, batch);
        pending.catch(() => undefined); // awaited in the next round; this only marks it handled
        summary.organizations += batch.organizations.length;
        summary.contacts += batch.contacts.length;
        summary.assignments += batch.assignments.length;
        summary.revenueLines += batch.revenueLines.length;
        options.onProgress?.(summary.organizations);
      }
      await pending;
      await recordAudit(db, {
        workspaceId: firm.workspace.workspaceId,
        userId: undefined,
        entityType: 'workspace',
        entityId: firm.workspace.workspaceId,
        action: 'create',
        before: undefined,
        after: {
          name: firm.workspace.name,
          demo: { seed: options.seed, organizations: options.organizations },
        },
      });
      await refreshClientYears(db, firm.workspace.workspaceId);
      const today = options.today ?? (await firmToday(db, firm.workspace.workspaceId));
      const workspaceId = firm.workspace.workspaceId;
      summary.servicing = await loadDemoServicing(db, client, {
        seed: options.seed,
        workspaceId,
        ownerId: firm.users.find((user) => user.role === 'owner')!.id,
        fiscalYearStartMonth: firm.workspace.fiscalYearStartMonth,
        today,
      });
      summary.evaluations = await loadDemoEvaluations(db, client, {
        seed: options.seed,
        workspaceId,
        today,
      });
      summary.losses = await loadDemoLosses(client, { seed: options.seed, workspaceId, today });
      summary.complaints = await loadDemoComplaints(client, {
        seed: options.seed,
        workspaceId,
        today,
        demoUserId: firm.users.find((user) => user.role === 'owner')!.id,
      });
      await insertRows(
        client,
        schema.marketingSpend,
        demoMarketingSpend(options.seed, workspaceId, today),
      );
    });
  } finally {
    pooled.release();
  }
  // Fresh statistics, so the first queries are planned for this much data, and the trigram
  // index's pending list merged: until then a search reads it through, row by row.
  await database.pool.query(
    'vacuum (analyze) organizations, contacts, assignments, revenue_lines, client_years, ' +
      'activities, activity_contacts, activity_professionals, evaluations, improvement_plans, client_losses',
  );
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
