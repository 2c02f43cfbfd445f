// The demo firm in a real database: what is stored obeys the schema and the API's own rules, the
// owner signs in, and a load either writes everything or nothing.
import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/helpers/database.ts';
import { Client, newFirm, testApp } from '../../test/helpers/app.ts';
import { contactSortKey } from '../core/contact-name.ts';
import { DomainError } from '../core/errors.ts';
import { normaliseKvkNumber } from '../core/kvk-number.ts';
import { searchKey } from '../core/search-key.ts';
import type { Database } from '../db/connection.ts';
import * as schema from '../db/schema.ts';
import { suggestedP, type ActivityType } from '../core/servicing/four-ps.ts';
import { activityCreateSchema } from '../features/activities/activities.schema.ts';
import { callBackCreateSchema } from '../features/call-backs/call-backs.schema.ts';
import { contactCreateSchema } from '../features/contacts/contacts.schema.ts';
import { giftCreateSchema } from '../features/gifts/gifts.schema.ts';
import { organizationCreateSchema } from '../features/organizations/organizations.schema.ts';
import { proposalCreateSchema } from '../features/proposals/proposals.schema.ts';
import { today as firmToday } from '../../test/helpers/days.ts';
import { addCalendarDays } from '../core/servicing/calendar-days.ts';
import { loadDemoIfEmpty } from '../cli/demo.ts';
import { demoSignIn } from './firm.ts';
import { demoFirm } from './generate.ts';
import { loadDemoFirm } from './load.ts';
import { revenueFingerprint } from './revenue.ts';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const databases: Database[] = [];

async function emptyDatabase(): Promise<Database> {
  const database = await freshDatabase();
  databases.push(database);
  return database;
}

afterAll(async () => {
  await Promise.all(databases.map((database) => database.close()));
});

/** A digest of everything a load stored, except what differs by design (the password salt). */
async function storedDigest(database: Database): Promise<string> {
  const tables = {
    workspaces: 't.*',
    users: 't.workspace_id, t.id, t.email, t.name, t.role, t.locale, t.disabled_at, t.created_at',
    organizations: 't.*',
    contacts: 't.*',
    assignments: 't.*',
    revenue_lines: 't.*',
    client_categories: 't.organization_id, t.category, t.total, t.maximum',
    service_concepts: 't.category, t.norms',
    activities: 't.*',
    activity_contacts: 't.*',
    activity_professionals: 't.*',
    proposals: 't.*',
    call_backs: 't.*',
    gifts: 't.*',
    evaluations: 't.*',
    improvement_plans: 't.*',
    lost_reasons: 't.*',
    client_losses: 't.*',
  };
  const parts: string[] = [];
  for (const [table, columns] of Object.entries(tables)) {
    const { rows } = await database.pool.query<{ digest: string }>(
      `select md5(string_agg(row(${columns})::text, E'\\n' order by row(${columns})::text)) as digest
         from ${table} t`,
    );
    parts.push(`${table}:${rows[0]?.digest}`);
  }
  return parts.join(' ');
}

describe('the demo firm (400 organisations, seed 1)', () => {
  let database: Database;

  beforeAll(async () => {
    database = await emptyDatabase();
    await loadDemoFirm(database, { seed: 1, organizations: 400 });
  });

  it('stores a Dutch consultancy with 25 professionals in every role', async () => {
    const [workspace] = await database.db.select().from(schema.workspaces);
    expect(workspace).toMatchObject({
      name: 'Adviesbureau Van Dijk & Partners',
      currency: 'EUR',
      locale: 'nl',
      fiscalYearStartMonth: 1,
    });
    const users = await database.db.select().from(schema.users);
    const roles = users.map((u) => u.role);
    expect(users).toHaveLength(25);
    expect(roles.filter((r) => r === 'owner')).toHaveLength(1);
    expect(roles.filter((r) => r === 'partner')).toHaveLength(4);
    expect(roles.filter((r) => r === 'manager')).toHaveLength(6);
    expect(roles.filter((r) => r === 'professional')).toHaveLength(13);
    expect(roles.filter((r) => r === 'viewer')).toHaveLength(1);
    expect(new Set(users.map((u) => u.passwordHash)).size).toBe(1); // hashed once
    expect(users.find((u) => u.role === 'owner')?.email).toBe(demoSignIn.email);
  });

  it('stores organisations as the API would: valid, normalised, with unique KvK numbers', async () => {
    const organizations = await database.db.select().from(schema.organizations);
    const userIds = new Set((await database.db.select().from(schema.users)).map((u) => u.id));
    const ids = new Set(organizations.map((o) => o.id));
    expect(organizations).toHaveLength(400);
    for (const o of organizations) {
      const input = {
        name: o.name,
        legalName: o.legalName,
        kvkNumber: o.kvkNumber,
        sector: o.sector,
        sizeClass: o.sizeClass,
        city: o.city,
        region: o.region,
        website: o.website,
        status: o.status,
        relationLevel: o.relationLevel,
        relationshipManagerId: o.relationshipManagerId,
        secondProfessionalId: o.secondProfessionalId,
        clientSince: o.clientSince,
        referredByOrganizationId: o.referredByOrganizationId,
        referredByContactId: o.referredByContactId,
        notes: o.notes,
      };
      expect(organizationCreateSchema.parse(input)).toEqual(input);
      expect(o.nameKey).toBe(searchKey(o.name));
      expect(o.searchKey).toBe(searchKey(o.name, o.legalName, o.city, o.kvkNumber, o.customerCode));
      if (o.kvkNumber !== null) expect(normaliseKvkNumber(o.kvkNumber)).toBe(o.kvkNumber);
      expect(userIds.has(o.relationshipManagerId!)).toBe(true);
      expect(o.secondProfessionalId === null || userIds.has(o.secondProfessionalId)).toBe(true);
      expect(o.secondProfessionalId).not.toBe(o.relationshipManagerId);
      expect(o.referredByOrganizationId === null || ids.has(o.referredByOrganizationId)).toBe(true);
      expect(o.status === 'prospect').toBe(o.clientSince === null);
    }
    const kvk = organizations.map((o) => o.kvkNumber).filter((k) => k !== null);
    expect(new Set(kvk).size).toBe(kvk.length);
    expect(new Set(organizations.map((o) => o.name)).size).toBe(400);
    const statuses = organizations.map((o) => o.status);
    expect(statuses.filter((s) => s === 'client').length).toBeGreaterThan(200);
    expect(statuses.filter((s) => s === 'former').length).toBeGreaterThan(20);
    expect(statuses.filter((s) => s === 'prospect').length).toBeGreaterThan(40);
    expect(organizations.some((o) => o.referredByOrganizationId !== null)).toBe(true);
    // names with diacritics, so that a search that ignores them can be shown
    expect(organizations.some((o) => /café/i.test(o.name))).toBe(true);
    expect(organizations.some((o) => o.name.startsWith('Coöperatie'))).toBe(true);
  });

  it('stores 2–6 contact persons per organisation, as the API would, some of them gone', async () => {
    const contacts = await database.db.select().from(schema.contacts);
    const perOrganization = new Map<string, number>();
    for (const c of contacts) {
      perOrganization.set(c.organizationId, (perOrganization.get(c.organizationId) ?? 0) + 1);
      const input = {
        firstName: c.firstName,
        infix: c.infix,
        lastName: c.lastName,
        jobTitle: c.jobTitle,
        dmuRole: c.dmuRole,
        email: c.email,
        phone: c.phone,
        birthday: c.birthday,
        activeFrom: c.activeFrom,
        notes: c.notes,
      };
      expect(contactCreateSchema.parse(input)).toEqual(input);
      expect(c.sortKey).toBe(contactSortKey(c));
      if (c.activeTo !== null) expect(c.activeTo > c.activeFrom!).toBe(true);
    }
    const organizationIds = (await database.db.select().from(schema.organizations)).map(
      (o) => o.id,
    );
    expect([...perOrganization.keys()].sort()).toEqual([...organizationIds].sort());
    expect(Math.min(...perOrganization.values())).toBeGreaterThanOrEqual(2);
    expect(Math.max(...perOrganization.values())).toBeLessThanOrEqual(6);
    expect(contacts.some((c) => c.infix === 'van der')).toBe(true);
    expect(contacts.some((c) => c.activeTo !== null && c.activeTo < '2025-12-31')).toBe(true);
    expect(contacts.some((c) => c.birthday !== null)).toBe(true);
  });

  it('stores ten years of revenue, only for (former) clients, with a few clients bringing most', async () => {
    const organizations = await database.db.select().from(schema.organizations);
    const byId = new Map(organizations.map((o) => [o.id, o]));
    const lines = await database.db.select().from(schema.revenueLines);
    const revenue = new Map<string, number>();
    for (const line of lines) {
      const organization = byId.get(line.organizationId);
      expect(organization?.status).toMatch(/^(client|former)$/);
      expect(line.amountCents).toBeGreaterThan(0);
      expect(Number.isInteger(line.amountCents)).toBe(true);
      expect(line.invoiceDate >= '2016-01-01' && line.invoiceDate <= '2025-12-31').toBe(true);
      expect(line.invoiceDate >= organization!.clientSince!).toBe(true);
      expect(line.fingerprint).toBe(revenueFingerprint(line));
      revenue.set(line.organizationId, (revenue.get(line.organizationId) ?? 0) + line.amountCents);
    }
    expect(new Set(lines.map((l) => l.fingerprint)).size).toBe(lines.length);
    expect(new Set(lines.map((l) => l.invoiceDate.slice(0, 4)))).toEqual(
      new Set(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']),
    );
    const sorted = [...revenue.values()].sort((a, b) => b - a);
    const total = sorted.reduce((sum, v) => sum + v, 0);
    const top = sorted.slice(0, Math.ceil(sorted.length / 5)).reduce((sum, v) => sum + v, 0);
    expect(top / total).toBeGreaterThan(0.6);
    expect(sorted[0]! / total).toBeLessThan(0.3);

    const assignments = await database.db.select().from(schema.assignments);
    expect(assignments.length).toBeGreaterThan(0);
    expect(assignments.every((a) => byId.get(a.organizationId)?.status !== 'prospect')).toBe(true);
  });

  it('classifies the clients as the portfolio does: ABC by revenue, committed by the product', async () => {
    const owner = new Client(testApp(database));
    await owner.post('/api/v1/session', demoSignIn);
    const schemes = await owner.get('/api/v1/category-schemes');
    const primary = schemes.body.items.find((s: { isPrimary: boolean }) => s.isPrimary);
    expect(primary.categories.map((c: { key: string }) => c.key)).toEqual(['A', 'B', 'C']);
    const portfolio = await owner.get('/api/v1/portfolio');
    expect(portfolio.status).toBe(200);
    const { rows } = await database.pool.query<{ id: string; category: string }>(
      `select organization_id as id, category from client_categories`,
    );
    const category = new Map(rows.map((r) => [r.id, r.category]));
    const clients = await database.db.select().from(schema.organizations);
    const active = clients.filter((o) => o.status === 'client' && o.archivedAt === null);
    // the classified clients the demo firm lost lately keep the category they were committed in
    const lostLately = clients.filter((o) => o.status === 'former' && category.has(o.id));
    expect(lostLately).toHaveLength(3);
    expect(rows).toHaveLength(active.length + lostLately.length);
    let compared = 0;
    for (const client of portfolio.body.clients as { id: string; abcClass: string | null }[]) {
      if (!category.has(client.id)) continue; // a former client with revenue in the year
      expect(category.get(client.id)).toBe(client.abcClass);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(150);
    const counts = new Map<string, number>();
    for (const key of category.values()) counts.set(key, (counts.get(key) ?? 0) + 1);
    expect(counts.get('A')).toBeGreaterThan(20);
    expect(counts.get('B')).toBeGreaterThan(20);
    expect(counts.get('C')).toBeGreaterThan(20);

    const concepts = await owner.get(`/api/v1/category-schemes/${primary.id}/service-concepts`);
    expect(concepts.body.items.map((c: { set: boolean }) => c.set)).toEqual([true, true, true]);
    expect(concepts.body.items[0]).toMatchObject({
      categoryKey: 'A',
      personalContactIntervalDays: 60,
      proposalTurnaroundWorkingDays: 2,
      giftPolicy: 'yearlyPersonalGift',
    });
    const organization = rows.find((r) => r.category === 'A')!.id;
    const explained = await owner.get(`/api/v1/organizations/${organization}/category-explanation`);
    expect(explained.status).toBe(200);
  });

  it('stores eighteen months of activities as the API would, with the P their type suggests', async () => {
    const activities = await database.db.select().from(schema.activities);
    const today = firmToday();
    const contacts = await database.db.select().from(schema.contacts);
    const contactOf = new Map(contacts.map((c) => [c.id, c.organizationId]));
    const userIds = new Set((await database.db.select().from(schema.users)).map((u) => u.id));
    const links = await database.db.select().from(schema.activityContacts);
    const people = await database.db.select().from(schema.activityProfessionals);
    const byId = new Map(activities.map((a) => [a.id, a]));
    expect(activities.length).toBeGreaterThan(1000);
    for (const a of activities) {
      const input = {
        type: a.type,
        p: a.p,
        status: a.status,
        onDate: a.onDate,
        subject: a.subject,
        notes: a.notes,
        minutes: a.minutes,
        costCents: a.costCents,
        followUpOn: a.followUpOn,
        followUpNote: a.followUpNote,
        duty: a.duty,
      };
      expect(activityCreateSchema.parse(input)).toEqual(input);
      const suggested = suggestedP(a.type as ActivityType);
      expect(a.p === suggested || (a.type === 'meeting' && a.p === 'partnership')).toBe(true);
      if (a.status === 'done') expect(a.onDate < today).toBe(true);
      if (a.followUpOn !== null) expect(a.followUpOn >= a.onDate).toBe(true);
      expect(a.createdAt <= new Date()).toBe(true);
    }
    const dates = activities.map((a) => a.onDate).sort();
    expect(dates[0]! <= addCalendarDays(today, -500)).toBe(true);
    expect(activities.some((a) => a.status === 'planned' && a.onDate > today)).toBe(true);
    expect(new Set(activities.map((a) => a.p))).toEqual(
      new Set(['project', 'person', 'process', 'partnership']),
    );
    for (const link of links)
      expect(contactOf.get(link.contactId)).toBe(byId.get(link.activityId)?.organizationId);
    expect(people.every((p) => userIds.has(p.userId) && byId.has(p.activityId))).toBe(true);
    expect(new Set(people.map((p) => p.activityId)).size).toBe(activities.length);
  });

  it('stores proposals in every stage, call-backs and gifts as the API would', async () => {
    const today = firmToday();
    const contacts = await database.db.select().from(schema.contacts);
    const contactOf = new Map(contacts.map((c) => [c.id, c.organizationId]));
    const proposals = await database.db.select().from(schema.proposals);
    expect(new Set(proposals.map((p) => p.stage))).toEqual(
      new Set(['request', 'drafting', 'sent', 'won', 'lost']),
    );
    for (const p of proposals) {
      const input = {
        title: p.title,
        stage: p.stage,
        requestedOn: p.requestedOn,
        sentOn: p.sentOn,
        decidedOn: p.decidedOn,
        valueCents: p.valueCents,
        lostReason: p.lostReason,
        ownerId: p.ownerId,
        angle: p.angle,
      };
      expect(proposalCreateSchema.parse(input)).toEqual(input);
      expect((p.stage === 'lost') === (p.lostReason !== null)).toBe(true);
      expect(p.requestedOn <= today).toBe(true);
    }
    const callBacks = await database.db.select().from(schema.callBacks);
    expect(callBacks.some((c) => c.returnedOn === null)).toBe(true);
    expect(callBacks.some((c) => c.returnedOn !== null)).toBe(true);
    for (const c of callBacks) {
      const input = {
        contactId: c.contactId,
        callerName: c.callerName,
        calledOn: c.calledOn,
        forUserId: c.forUserId,
        note: c.note,
      };
      expect(callBackCreateSchema.parse(input)).toEqual(input);
      if (c.contactId !== null) expect(contactOf.get(c.contactId)).toBe(c.organizationId);
      if (c.returnedOn !== null) expect(c.returnedOn >= c.calledOn).toBe(true);
    }
    const gifts = await database.db.select().from(schema.gifts);
    expect(gifts.some((g) => g.status === 'planned')).toBe(true);
    expect(gifts.some((g) => g.status === 'given')).toBe(true);
    for (const g of gifts) {
      const input = {
        contactId: g.contactId,
        status: g.status,
        onDate: g.onDate,
        occasion: g.occasion,
        description: g.description,
        valueCents: g.valueCents,
        requirementsMet: g.requirementsMet,
        notes: g.notes,
      };
      expect(giftCreateSchema.parse(input)).toEqual(input);
      expect(contactOf.get(g.contactId)).toBe(g.organizationId);
    }

    const owner = new Client(testApp(database));
    await owner.post('/api/v1/session', demoSignIn);
    const board = await owner.get('/api/v1/proposals');
    expect(board.body.items.length).toBeGreaterThan(5);
    const register = await owner.get('/api/v1/gifts');
    expect(register.body.items.length).toBeGreaterThan(5);
  });

  it('sets goals for each category, each measured against last year', async () => {
    const owner = new Client(testApp(database));
    await owner.post('/api/v1/session', demoSignIn);
    const schemes = await owner.get('/api/v1/category-schemes');
    const schemeId = schemes.body.items[0].id as string;
    const progress = await owner.get(`/api/v1/category-schemes/${schemeId}/goals/progress`);
    expect(progress.status).toBe(200);
    const goals = progress.body.goals as { goal: { categoryKey: string }; actual: number | null }[];
    expect(new Set(goals.map((goal) => goal.goal.categoryKey))).toEqual(new Set(['A', 'B', 'C']));
    for (const goal of goals) expect(goal.actual).not.toBeNull();
  });

  it('gives the demo user a worklist with overdue and due items, and most clients served', async () => {
    const owner = new Client(testApp(database));
    await owner.post('/api/v1/session', demoSignIn);
    const worklist = await owner.get('/api/v1/worklist');
    expect(worklist.status).toBe(200);
    const items = worklist.body.items as { kind: string; overdue: boolean; dueDate: string }[];
    const today = worklist.body.today as string;
    expect(items.filter((i) => i.overdue).length).toBeGreaterThanOrEqual(2);
    expect(items.filter((i) => !i.overdue && i.dueDate <= today).length).toBeGreaterThanOrEqual(2);
    // the complaint that came in today about the demo user, and the clients at risk most
    expect(new Set(items.map((i) => i.kind))).toEqual(
      new Set([
        'atRisk',
        'callBack',
        'proposal',
        'personalContact',
        'plannedActivity',
        'followUp',
        'complaint',
      ]),
    );
    const managed = await database.db
      .select()
      .from(schema.organizations)
      .where(sql`relationship_manager_id = ${worklist.body.userId} and status = 'client'`);
    expect(managed.length).toBeGreaterThan(0);

    const compliance = await owner.get('/api/v1/compliance');
    expect(compliance.status).toBe(200);
    const best = compliance.body.categories.find(
      (c: { categoryKey: string }) => c.categoryKey === 'A',
    );
    expect(best.contactOverdue).toBeGreaterThan(0);
    expect(best.contactOverdue).toBeLessThan(best.clients / 4);
    expect(compliance.body.firm.delivered / compliance.body.firm.clients).toBeGreaterThan(0.8);
  });

  it("meets the mailing and gift norms for every client whose category's concept asks for them", async () => {
    const owner = new Client(testApp(database));
    await owner.post('/api/v1/session', demoSignIn);
    // last fiscal year is over, so a missed mailing is a shortfall
    const year = Number(firmToday().slice(0, 4)) - 1;
    const report = await owner.get(`/api/v1/compliance?fiscalYear=${year}&limit=1000`);
    expect(report.status).toBe(200);
    expect(report.body.shortfallClientCount).toBeLessThanOrEqual(1000);
    const { rows: mailed } = await database.pool.query<{ asked: number; missed: number }>(
      `select count(*)::int as asked,
              count(*) filter (where not exists (
                select from activities a
                 where a.workspace_id = o.workspace_id and a.organization_id = o.id
                   and a.type = 'mailing' and a.status = 'done'
                   and a.on_date >= $1::date))::int as missed
         from organizations o
         join client_categories cc on cc.workspace_id = o.workspace_id
                                  and cc.organization_id = o.id
         join service_concepts sc on sc.workspace_id = cc.workspace_id
                                 and sc.category = cc.category
        where o.status = 'client' and o.archived_at is null
          and (sc.norms ->> 'mailing')::boolean
          and coalesce(o.client_since, o.created_at::date) < $1::date`,
      [`${year + 1}-01-01`],
    );
    expect(mailed[0]!.asked).toBeGreaterThan(10);
    expect(mailed[0]!.missed).toBe(0);
    // a client that became one during the year is asked no yearly duty of it (decision 0031)
    const missed = (
      report.body.shortfallClients as {
        organizationId: string;
        shortfalls: { code: string; duty?: string }[];
      }[]
    ).filter((client) =>
      client.shortfalls.some(
        (s) => s.code === 'dutyMissed' && (s.duty === 'mailing' || s.duty === 'giftOrGreeting'),
      ),
    );
    expect(missed).toEqual([]);
  });

  it('judges a year gone by with the clients of then, not with those that came later', async () => {
    const owner = new Client(testApp(database));
    await owner.post('/api/v1/session', demoSignIn);
    // the year before the demo firm's newest client became one
    const { rows: newest } = await database.pool.query<{ since: string }>(
      `select max(coalesce(client_since, created_at::date))::text as since
         from organizations where status = 'client' and archived_at is null`,
    );
    const year = Number(newest[0]!.since.slice(0, 4)) - 1;
    const report = await owner.get(`/api/v1/compliance?fiscalYear=${year}&limit=1000`);
    expect(report.status).toBe(200);
    // the clients of then: those that had become one by its end, of today and (decision 0032)
    // the former clients that were still clients on its first day
    const { rows } = await database.pool.query<{ then: number; now: number; left: number }>(
      `select (count(*) filter (where coalesce(client_since, created_at::date) <= $1::date
                                 and (status = 'client' or client_until >= $2::date)))::int
                as then,
              (count(*) filter (where status = 'client'))::int as now,
              (count(*) filter (where status = 'former' and client_until >= $2::date))::int
                as left
         from organizations
        where status in ('client', 'former') and archived_at is null`,
      [report.body.to, report.body.from],
    );
    expect(rows[0]!.left).toBeGreaterThan(0);
    expect(rows[0]!.then - rows[0]!.left).toBeLessThan(rows[0]!.now);
    expect(report.body.firm.clients).toBe(rows[0]!.then);
    expect(
      (report.body.shortfallClients as { organizationId: string }[]).length,
    ).toBeLessThanOrEqual(rows[0]!.then);
  });

  it('stores evaluations as the API shows them, a plan for each below the norm, and some due', async () => {
    const owner = new Client(testApp(database));
    await owner.post('/api/v1/session', demoSignIn);
    const { rows } = await database.pool.query<{ id: string }>(
      `select organization_id as id from evaluations
        group by organization_id order by count(*) desc, organization_id limit 1`,
    );
    const listed = await owner.get(`/api/v1/organizations/${rows[0]!.id}/evaluations`);
    expect(listed.status).toBe(200);
    expect(listed.body.items.length).toBeGreaterThan(0);

    // every evaluation below the norm has its plan; an open plan's client has no re-evaluation
    // at or above the norm after it; a closed one was closed by such a re-evaluation
    const plans = await database.pool.query<{ n: string }>(
      `select count(*) as n from evaluations e
         join workspaces w on w.workspace_id = e.workspace_id
         left join improvement_plans p on p.workspace_id = e.workspace_id and p.evaluation_id = e.id
        where (e.overall < w.satisfaction_norm) <> (p.id is not null)`,
    );
    expect(Number(plans.rows[0]!.n)).toBe(0);
    const wrong = await database.pool.query<{ n: string; closed: string; open: string }>(
      `select count(*) filter (where p.closed_on is null and exists (
                select 1 from evaluations l
                 where l.workspace_id = p.workspace_id and l.organization_id = p.organization_id
                   and l.evaluated_on > e.evaluated_on and l.overall >= p.norm)) as n,
              count(*) filter (where p.closed_on is not null) as closed,
              count(*) filter (where p.closed_on is null) as open
         from improvement_plans p
         join evaluations e on e.workspace_id = p.workspace_id and e.id = p.evaluation_id`,
    );
    expect(Number(wrong.rows[0]!.n)).toBe(0);
    expect(Number(wrong.rows[0]!.closed)).toBeGreaterThan(0);
    expect(Number(wrong.rows[0]!.open)).toBeGreaterThan(0);

    const ambassadors = await owner.get('/api/v1/ambassador-candidates');
    expect(ambassadors.status).toBe(200);
    expect(ambassadors.body.items.length).toBeGreaterThan(0);
    // the referrals among the clients show what the ambassadors brought; the spend is bottom-heavy
    const brought = await owner.get('/api/v1/ambassadors');
    expect(brought.body.items.some((a: { revenueCents: number }) => a.revenueCents > 0)).toBe(true);
    const pyramid = await owner.get('/api/v1/marketing-pyramid');
    expect(pyramid.body.entries.length).toBeGreaterThan(0);
    expect(pyramid.body.advice.bottomHeavy).toBe(true);
    const due = await owner.get('/api/v1/evaluations-due');
    expect(due.status).toBe(200);
    expect(due.body.items.length).toBeGreaterThan(0);
  });

  it('records lost clients with their reasons and win-back attempts, and one won back', async () => {
    const owner = new Client(testApp(database));
    await owner.post('/api/v1/session', demoSignIn);
    const report = await owner.get('/api/v1/lost-clients/report');
    expect(report.status).toBe(200);
    const losses = report.body.losses as { organizationId: string; wonBackOn: string | null }[];
    expect(losses.length).toBeGreaterThan(3);
    const wonBack = losses.filter((loss) => loss.wonBackOn !== null);
    expect(wonBack).toHaveLength(1);
    // the one won back is a client again; the others that left are former clients
    const back = await owner.get(`/api/v1/organizations/${wonBack[0]!.organizationId}`);
    expect(back.body.status).toBe('client');
    const { rows } = await database.pool.query<{ done: number; planned: number }>(
      `select count(*) filter (where status = 'done')::int as done,
              count(*) filter (where status = 'planned')::int as planned
         from activities where client_loss_id is not null`,
    );
    expect(rows[0]!.done).toBeGreaterThan(0);
    // every attempt is of a loss of the same client
    const { rows: strays } = await database.pool.query(
      `select 1 from activities a join client_losses l on l.workspace_id = a.workspace_id
         and l.id = a.client_loss_id where l.organization_id <> a.organization_id`,
    );
    expect(strays).toEqual([]);
  });

  it('uses distinct version 4 UUIDs everywhere', async () => {
    const { rows } = await database.pool.query<{ id: string }>(
      `select workspace_id::text as id from workspaces
       union all select id::text from users
       union all select id::text from organizations
       union all select id::text from contacts
       union all select id::text from assignments
       union all select id::text from revenue_lines
       union all select id::text from activities
       union all select id::text from proposals
       union all select id::text from call_backs
       union all select id::text from gifts
       union all select id::text from evaluations
       union all select id::text from improvement_plans
       union all select id::text from lost_reasons
       union all select id::text from client_losses`,
    );
    expect(rows.every((r) => uuidV4.test(r.id))).toBe(true);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('lets the demo owner sign in and find "Café" by typing "cafe"', async () => {
    const owner = new Client(testApp(database));
    const signedIn = await owner.post('/api/v1/session', demoSignIn);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.role).toBe('owner');
    expect(signedIn.body.workspace.name).toBe('Adviesbureau Van Dijk & Partners');

    const found = await owner.get('/api/v1/organizations?q=cafe&withTotal=true');
    expect(found.status).toBe(200);
    expect(found.body.total).toBeGreaterThan(0);
    expect(found.body.items.every((o: { name: string }) => /café/i.test(o.name))).toBe(true);
    const all = await owner.get('/api/v1/organizations?withTotal=true&archived=include');
    expect(all.body.total).toBe(400);
  });
});

describe('loading the demo firm', () => {
  it('stores the same rows for the same seed, other rows for another seed', async () => {
    const [a, b, c] = await Promise.all([emptyDatabase(), emptyDatabase(), emptyDatabase()]);
    // what the firm did for its clients lies around the day it is loaded: the same day here
    const today = '2026-06-15';
    await loadDemoFirm(a, { seed: 11, organizations: 40, today });
    await loadDemoFirm(b, { seed: 11, organizations: 40, today });
    await loadDemoFirm(c, { seed: 12, organizations: 40, today });
    expect(await storedDigest(b)).toBe(await storedDigest(a));
    expect(await storedDigest(c)).not.toBe(await storedDigest(a));
  });

  it('refuses a database that holds a firm, and writes nothing', async () => {
    const database = await emptyDatabase();
    await newFirm(testApp(database), 'Bestaand Kantoor');
    const refused = loadDemoFirm(database, { seed: 1, organizations: 20 });
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({ code: 'conflict' });
    const [organizations] = await database.db.select({ n: count() }).from(schema.organizations);
    const [users] = await database.db.select({ n: count() }).from(schema.users);
    expect(organizations?.n).toBe(0);
    expect(users?.n).toBe(1);
  });

  it('writes nothing when it fails halfway', async () => {
    const database = await emptyDatabase();
    // an organisation of the last batch cannot be stored, so the load fails late
    const batches = [...demoFirm({ seed: 4, organizations: 30 }).batches(10)];
    const last = batches[2]!.organizations[9]!;
    await database.pool.query(`
      create function refuse_last() returns trigger language plpgsql as
        $$ begin if new.id = '${last.id}' then raise exception 'the last one'; end if;
           return new; end $$;
      create trigger refuse_last before insert on organizations
        for each row execute function refuse_last()`);
    await expect(loadDemoFirm(database, { seed: 4, organizations: 30 })).rejects.toThrow(
      /the last one/,
    );
    const counts = await database.pool.query<Record<string, number>>(
      `select (select count(*)::int from workspaces) as workspaces,
              (select count(*)::int from users) as users,
              (select count(*)::int from organizations) as organizations,
              (select count(*)::int from contacts) as contacts,
              (select count(*)::int from revenue_lines) as revenue_lines,
              (select count(*)::int from audit_log) as audit`,
    );
    expect(counts.rows[0]).toEqual({
      workspaces: 0,
      users: 0,
      organizations: 0,
      contacts: 0,
      revenue_lines: 0,
      audit: 0,
    });
  });

  it('writes nothing when it fails while setting up how the clients are served', async () => {
    const database = await emptyDatabase();
    // who took part in an activity cannot be stored: the load fails after the classification,
    // the service concepts and the first activities
    await database.pool.query(`
      create function refuse_people() returns trigger language plpgsql as
        $$ begin raise exception 'nobody took part'; end $$;
      create trigger refuse_people before insert on activity_professionals
        for each statement execute function refuse_people()`);
    await expect(loadDemoFirm(database, { seed: 4, organizations: 30 })).rejects.toThrow(
      /nobody took part/,
    );
    const counts = await database.pool.query<Record<string, number>>(
      `select (select count(*)::int from workspaces) as workspaces,
              (select count(*)::int from organizations) as organizations,
              (select count(*)::int from criteria) as criteria,
              (select count(*)::int from category_schemes) as schemes,
              (select count(*)::int from client_categories) as categories,
              (select count(*)::int from service_concepts) as concepts,
              (select count(*)::int from activities) as activities,
              (select count(*)::int from audit_log) as audit`,
    );
    expect(counts.rows[0]).toEqual({
      workspaces: 0,
      organizations: 0,
      criteria: 0,
      schemes: 0,
      categories: 0,
      concepts: 0,
      activities: 0,
      audit: 0,
    });
  });

  it('loads into an empty database from `serve --demo`, and leaves a firm alone', async () => {
    const database = await emptyDatabase();
    const said: string[] = [];
    const log = (message: string) => said.push(message);
    await loadDemoIfEmpty(database, { organizations: 15, seed: 2, log });
    expect(said.join('\n')).toContain(`Demo sign-in: ${demoSignIn.email} with password`);
    const [loaded] = await database.db.select({ n: count() }).from(schema.organizations);
    expect(loaded?.n).toBe(15);

    said.length = 0;
    await loadDemoIfEmpty(database, { organizations: 15, seed: 3, log });
    expect(said[0]).toContain('holds a firm already');
    expect(said.join('\n')).toContain(`Demo sign-in: ${demoSignIn.email} with password`);
    const [again] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.organizations);
    expect(again?.n).toBe(15);
  });
});
