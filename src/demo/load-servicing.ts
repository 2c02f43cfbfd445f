// The demo firm's categories, service concepts and how it serves its clients, loaded inside the
// demo's one transaction. The firm's choices go through the product's own services, as an owner
// would make them: the revenue criterion switched on with the portfolio's ABC boundaries as its
// thresholds, a classification committed, the service concepts of the preset that fits the
// scheme. What the professionals did (activities, proposals, call-backs, gifts) is generated
// (servicing.ts) and goes in as whole columns, as the organisations do.
import type pg from 'pg';
import {
  presetServiceCategoryKeys,
  serviceConceptPresetKeys,
} from '../core/servicing/service-presets.ts';
import type { ServiceConceptPresetKey } from '../core/servicing/service-presets.ts';
import { serviceConceptFor, type ServiceConcept } from '../core/servicing/service-concept.ts';
import type { Db } from '../db/connection.ts';
import * as schema from '../db/schema.ts';
import { systemClock } from '../http/today.ts';
import { currentCategories } from '../features/choosing/classification.repo.ts';
import { commitClassification } from '../features/choosing/classification.service.ts';
import { setDemoGoals } from './goals.ts';
import { listCriteria, updateCriterion } from '../features/choosing/criteria.service.ts';
import { schemeOrPrimary, toScheme } from '../features/choosing/schemes.repo.ts';
import { portfolioReport } from '../features/portfolio/portfolio.service.ts';
import { askedOrLatestYear } from '../features/review/review.service.ts';
import { applyServiceConceptPreset } from '../features/servicing/service-concepts.service.ts';
import { dayOf } from './days.ts';
import { insertRows } from './insert-rows.ts';
import {
  clientServicing,
  demoUserScripts,
  demoUserServicing,
  noServicing,
  type ClientScript,
  type ServicingClient,
  type ServicingContext,
  type ServicingRows,
} from './servicing.ts';

export type ServicingSummary = {
  /** Clients per category of the primary scheme, in its order. */
  categories: { category: string; clients: number }[];
  serviceConcepts: number;
  activities: number;
  proposals: number;
  callBacks: number;
  gifts: number;
};

type PortfolioClient = { revenueCents: number; abcClass: 'A' | 'B' | 'C' | null };

/**
 * Revenue thresholds that score the portfolio's A clients 3, its B clients 2 and its C clients 1:
 * the smallest revenue of each class, strictly ascending. On the weighted grade with revenue as
 * the only criterion, 3 of 3 is above 8 (A), 2 of 3 at least 6 (B), less is C: the categories of
 * the primary scheme are then the ABC by revenue the portfolio pages show.
 */
export function abcThresholds(clients: readonly PortfolioClient[]): [number, number, number] {
  const smallest = (abcClass: 'A' | 'B' | 'C') => {
    const revenues = clients.filter((c) => c.abcClass === abcClass).map((c) => c.revenueCents);
    return revenues.length === 0 ? null : Math.min(...revenues);
  };
  const a = Math.max(3, smallest('A') ?? 3);
  const b = Math.max(2, Math.min(smallest('B') ?? a - 1, a - 1));
  const c = Math.max(1, Math.min(smallest('C') ?? b - 1, b - 1));
  return [c, b, a];
}

/** The preset written for the scheme's category keys; the freelancer's A/B/C otherwise. */
function presetFor(categoryKeys: readonly string[]): ServiceConceptPresetKey {
  return (
    serviceConceptPresetKeys.find(
      (key) => presetServiceCategoryKeys[key].join('|') === categoryKeys.join('|'),
    ) ?? 'freelancerAbc'
  );
}

type ClientRaw = {
  id: string;
  status: 'client' | 'prospect';
  manager: string | null;
  second: string | null;
  since: string | null;
  level: string | null;
  contacts: string[];
};

/** Clients and prospects after `after` in id order, with the contact persons still there. */
async function pageOfClients(
  client: pg.PoolClient,
  workspaceId: string,
  after: string,
  size: number,
) {
  const { rows } = await client.query<ClientRaw>(
    `select o.id, o.status, o.relationship_manager_id as manager,
            o.second_professional_id as second, o.client_since::text as since,
            o.relation_level as level,
            coalesce(array_agg(c.id order by c.dmu_role = 'decider' desc, c.sort_key, c.id)
                       filter (where c.id is not null), '{}') as contacts
       from organizations o
       left join contacts c on c.workspace_id = o.workspace_id and c.organization_id = o.id
                           and c.active_to is null
      where o.workspace_id = $1 and o.status in ('client', 'prospect') and o.archived_at is null
        and o.id > $2
      group by o.workspace_id, o.id
      order by o.id
      limit $3`,
    [workspaceId, after, size],
  );
  return rows;
}

/**
 * The clients the demo user's worklist is made with, most valuable first (revenue of the latest
 * year they had any): all the user manages, and the first few of each category others manage.
 */
async function demoUserCast(
  client: pg.PoolClient,
  workspaceId: string,
  classificationId: string,
  userId: string,
) {
  const { rows } = await client.query<{ id: string; category: string | null; mine: boolean }>(
    `select id, category, mine from (
       select o.id, cc.category, o.relationship_manager_id = $3 as mine,
              coalesce(cy.revenue_cents, 0) as value,
              row_number() over (partition by cc.category, o.relationship_manager_id = $3
                                 order by coalesce(cy.revenue_cents, 0) desc, o.id) as n
         from client_categories cc
         join organizations o on o.workspace_id = cc.workspace_id and o.id = cc.organization_id
         left join lateral (
           select revenue_cents from client_years y
            where y.workspace_id = o.workspace_id and y.organization_id = o.id
            order by y.fiscal_year desc limit 1) cy on true
        where cc.workspace_id = $1 and cc.classification_id = $2 and o.status = 'client'
          and o.archived_at is null) cast_
      where mine or n <= 4
      order by value desc, id`,
    [workspaceId, classificationId, userId],
  );
  return rows;
}

/** A page's rows; the proposals wait until the board's columns can be numbered. */
async function insertServicing(client: pg.PoolClient, rows: ServicingRows) {
  await insertRows(client, schema.activities, rows.activities);
  await insertRows(client, schema.activityContacts, rows.activityContacts);
  await insertRows(client, schema.activityProfessionals, rows.activityProfessionals);
  await insertRows(client, schema.callBacks, rows.callBacks);
  await insertRows(client, schema.gifts, rows.gifts);
}

/**
 * Sets up the firm's categories and service concepts with the product's services, then loads the
 * servicing of every client. `db` is the load's transaction (the services' own transactions
 * become savepoints in it); `client` its connection, for the bulk inserts.
 */
export async function loadDemoServicing(
  db: Db,
  client: pg.PoolClient,
  firm: {
    seed: number;
    workspaceId: string;
    ownerId: string;
    today: string;
    fiscalYearStartMonth: number;
  },
): Promise<ServicingSummary> {
  const { workspaceId, ownerId, today } = firm;
  const actor = { workspaceId, userId: ownerId };

  // ABC by revenue, the method's usual first classification, made by the product itself
  const year = await askedOrLatestYear(db, workspaceId, undefined, today);
  const portfolio = await portfolioReport(db, workspaceId, year, today);
  const revenue = (await listCriteria(db, workspaceId)).find((c) => c.key === 'revenue');
  if (!revenue) throw new Error('the standard criteria have no revenue criterion');
  await updateCriterion(db, actor, revenue.id, {
    active: true,
    dataMapping: {
      measure: 'revenueCents',
      direction: 'higherIsBetter',
      thresholds: abcThresholds(portfolio.clients),
    },
  });
  const schemeRow = await schemeOrPrimary(db, workspaceId);
  if (!schemeRow) throw new Error('the firm has no primary category scheme');
  const classification = await commitClassification(
    db,
    actor,
    schemeRow.id,
    {
      note:
        `ABC op omzet ${year}: de klanten tot ${portfolio.abcBoundaries.a / 100}% van de omzet A, ` +
        `tot ${portfolio.abcBoundaries.b / 100}% B`,
    },
    systemClock(),
  );
  const categories = toScheme(schemeRow).scheme.categories;
  const preset = presetFor(categories.map((category) => category.key));
  const { items: concepts } = await applyServiceConceptPreset(db, actor, schemeRow.id, preset);
  await setDemoGoals(db, actor, schemeRow.id, new Set(categories.map((category) => category.key)));
  const current = await currentCategories(db, workspaceId, schemeRow);
  const rankOf = new Map(categories.map((category, index) => [category.key, index]));
  const conceptOf = (key: string): ServiceConcept => serviceConceptFor(concepts, key);

  const context: ServicingContext = {
    seed: firm.seed,
    workspaceId,
    today: dayOf(today),
    fiscalYearStartMonth: firm.fiscalYearStartMonth,
  };
  const cast = await demoUserCast(client, workspaceId, classification.id, ownerId);
  const placeOf = (key: string | null) => (key === null ? null : (rankOf.get(key) ?? null));
  const scripts: Map<string, ClientScript> = demoUserScripts(
    cast
      .filter((row) => row.mine)
      .map((row) => ({
        id: row.id,
        intervalDays:
          row.category === null ? null : conceptOf(row.category).personalContactIntervalDays,
      })),
  );
  const wanted = new Set(cast.map((row) => row.id));
  const seen = new Map<string, ServicingClient>();

  const counts = { activities: 0, callBacks: 0, gifts: 0 };
  const proposals: ServicingRows['proposals'] = [];
  const add = async (rows: ServicingRows) => {
    await insertServicing(client, rows);
    counts.activities += rows.activities.length;
    counts.callBacks += rows.callBacks.length;
    counts.gifts += rows.gifts.length;
    proposals.push(...rows.proposals);
  };
  // the organisations were just written: planned without statistics, each page would read them all
  await client.query('analyze organizations, contacts');
  const first = '00000000-0000-0000-0000-000000000000';
  let page = await pageOfClients(client, workspaceId, first, 2_000);
  let pending: Promise<void> = Promise.resolve();
  while (page.length > 0) {
    // the next page is asked for first, so this one is generated while the last one is stored
    const nextPage = pageOfClients(client, workspaceId, page.at(-1)!.id, 2_000);
    nextPage.catch(() => undefined); // awaited below; this only marks it handled
    const rows = noServicing();
    for (const raw of page) {
      if (raw.manager === null) continue;
      const key = current.get(raw.id);
      const servicingClient: ServicingClient = {
        id: raw.id,
        status: raw.status,
        relationshipManagerId: raw.manager,
        secondProfessionalId: raw.second,
        clientSince: raw.since,
        relationLevel: raw.level,
        contactIds: raw.contacts,
        category:
          key === undefined ? null : { key, rank: rankOf.get(key) ?? 0, concept: conceptOf(key) },
      };
      if (wanted.has(raw.id)) seen.set(raw.id, servicingClient);
      const made = clientServicing(context, servicingClient, scripts.get(raw.id));
      for (const table of Object.keys(rows) as (keyof ServicingRows)[])
        (rows[table] as unknown[]).push(...made[table]);
    }
    await pending;
    pending = add(rows);
    pending.catch(() => undefined); // awaited in the next round
    page = await nextPage;
  }
  await pending;
  const castOf = (keep: (row: (typeof cast)[number]) => boolean) =>
    cast.filter(keep).flatMap((row) => seen.get(row.id) ?? []);
  await add(
    demoUserServicing(context, ownerId, {
      own: castOf((row) => row.mine),
      best: castOf((row) => !row.mine && placeOf(row.category) === 0),
      next: castOf((row) => !row.mine && placeOf(row.category) === 1),
    }),
  );

  // the board's columns numbered by request, newest first
  const byStage = new Map<string, number>();
  proposals.sort((a, b) =>
    a.requestedOn === b.requestedOn
      ? a.id.localeCompare(b.id)
      : a.requestedOn < b.requestedOn
        ? 1
        : -1,
  );
  for (const proposal of proposals) {
    proposal.position = byStage.get(proposal.stage) ?? 0;
    byStage.set(proposal.stage, proposal.position + 1);
  }
  await insertRows(client, schema.proposals, proposals);

  const perCategory = new Map<string, number>();
  for (const key of current.values()) perCategory.set(key, (perCategory.get(key) ?? 0) + 1);
  return {
    categories: categories.map((category) => ({
      category: category.key,
      clients: perCategory.get(category.key) ?? 0,
    })),
    serviceConcepts: concepts.filter((concept) => concept.set).length,
    ...counts,
    proposals: proposals.length,
  };
}
