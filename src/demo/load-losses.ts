// The demo firm's lost clients (losses.ts), loaded inside the load's transaction after the
// servicing: the firm gets its preset reasons (as a new firm gets them), the former clients are read back with the policy
// of the category they had on their last day, and one client whose revenue came back is found.
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { presetLostReasons, type PresetLostReason } from '../core/winback/client-loss.ts';
import * as schema from '../db/schema.ts';
import { winBackPolicyOn } from '../features/lost-clients/win-back-policies.service.ts';
import { dayOf, isoDay } from './days.ts';
import { insertRows } from './insert-rows.ts';
import { Random } from './random.ts';
import { demoLosses, type LeftClient, type ReturnedClient } from './losses.ts';

/** How many classified clients the demo firm lost lately. */
const lostLately = 3;

type LeftRaw = {
  id: string;
  client_until: string;
  relationship_manager_id: string | null;
  second_professional_id: string | null;
};

/** Loads the losses; returns how many losses and win-back activities went in. */
export async function loadDemoLosses(
  client: pg.PoolClient,
  firm: { seed: number; workspaceId: string; today: string },
): Promise<{ losses: number; winBackActivities: number }> {
  const db = drizzle(client, { schema });
  // the presets as every firm gets them, with ids from the seed so a load is repeatable
  const ids = new Random(`${firm.seed}:lost-reasons`);
  const at = new Date(`${firm.today}T06:00:00Z`);
  await insertRows(
    client,
    schema.lostReasons,
    presetLostReasons.map((preset, position) => ({
      workspaceId: firm.workspaceId,
      id: ids.uuid(),
      preset,
      name: null,
      hidden: false,
      position,
      createdAt: at,
      updatedAt: at,
    })),
  );
  const reasons = await client.query<{ id: string; preset: string }>(
    `select id, preset from lost_reasons where workspace_id = $1 and preset is not null`,
    [firm.workspaceId],
  );
  const reasonIds = new Map(
    reasons.rows
      .filter((row) => (presetLostReasons as readonly string[]).includes(row.preset))
      .map((row) => [row.preset as PresetLostReason, row.id]),
  );
  const { rows } = await client.query<LeftRaw>(
    `select id, client_until::text as client_until, relationship_manager_id,
            second_professional_id
       from organizations
      where workspace_id = $1 and status = 'former' and client_until is not null
        and archived_at is null
      order by id`,
    [firm.workspaceId],
  );
  const left: LeftClient[] = [];
  for (const row of rows) {
    const { policy } = await winBackPolicyOn(db, firm.workspaceId, row.id, row.client_until);
    left.push({
      id: row.id,
      clientUntil: row.client_until,
      relationshipManagerId: row.relationship_manager_id,
      secondProfessionalId: row.second_professional_id,
      policy,
    });
  }
  // a few classified clients lost lately, as the product marks them: former clients until the day
  const candidates = await client.query<LeftRaw>(
    `select o.id, null as client_until, o.relationship_manager_id, o.second_professional_id
       from organizations o
      where o.workspace_id = $1 and o.status = 'client' and o.archived_at is null
        and o.relationship_manager_id is not null
        and exists (select 1 from client_categories c where c.workspace_id = o.workspace_id
              and c.organization_id = o.id)
      order by md5($2 || o.id::text)
      limit 40`,
    [firm.workspaceId, String(firm.seed)],
  );
  const recent: LeftClient[] = [];
  const days = new Random(`${firm.seed}:lost-lately`);
  for (const row of candidates.rows) {
    if (recent.length === lostLately) break;
    const lostOn = isoDay(dayOf(firm.today) - days.int(20, 70));
    const { policy } = await winBackPolicyOn(db, firm.workspaceId, row.id, lostOn);
    if (!policy || policy.steps.length === 0) continue;
    recent.push({
      id: row.id,
      clientUntil: lostOn,
      relationshipManagerId: row.relationship_manager_id,
      secondProfessionalId: row.second_professional_id,
      policy,
    });
    await client.query(
      `update organizations set status = 'former', client_until = $3
        where workspace_id = $1 and id = $2`,
      [firm.workspaceId, row.id, lostOn],
    );
  }
  // a client of today with revenue in a fiscal year after one without: the bridge's "won back"
  const back = await client.query<{
    id: string;
    relationship_manager_id: string | null;
    last_before: string;
    first_after: string;
  }>(
    `select o.id, o.relationship_manager_id,
            (select max(l.invoice_date)::text from revenue_lines l
              where l.workspace_id = o.workspace_id and l.organization_id = o.id
                and extract(year from l.invoice_date) < later.fiscal_year - 1) as last_before,
            (select min(l.invoice_date)::text from revenue_lines l
              where l.workspace_id = o.workspace_id and l.organization_id = o.id
                and extract(year from l.invoice_date) = later.fiscal_year) as first_after
       from organizations o
       join client_years later on later.workspace_id = o.workspace_id
        and later.organization_id = o.id and later.revenue_cents > 0
      where o.workspace_id = $1 and o.status = 'client' and o.archived_at is null
        and not exists (select 1 from client_years gap where gap.workspace_id = o.workspace_id
              and gap.organization_id = o.id and gap.fiscal_year = later.fiscal_year - 1
              and gap.revenue_cents > 0)
        and exists (select 1 from client_years before where before.workspace_id = o.workspace_id
              and before.organization_id = o.id and before.fiscal_year < later.fiscal_year - 1
              and before.revenue_cents > 0)
      order by later.fiscal_year desc, o.id
      limit 1`,
    [firm.workspaceId],
  );
  const found = back.rows[0];
  const returned: ReturnedClient | null =
    found && found.last_before && found.first_after
      ? {
          id: found.id,
          relationshipManagerId: found.relationship_manager_id,
          lastInvoiceBefore: found.last_before,
          firstInvoiceAfter: found.first_after,
        }
      : null;
  const made = demoLosses(
    firm.seed,
    firm.workspaceId,
    firm.today,
    left,
    recent,
    returned,
    reasonIds,
  );
  await insertRows(client, schema.clientLosses, made.losses);
  await insertRows(client, schema.activities, made.activities);
  await insertRows(client, schema.activityProfessionals, made.professionals);
  return { losses: made.losses.length, winBackActivities: made.activities.length };
}
