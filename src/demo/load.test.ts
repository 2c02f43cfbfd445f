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
import { contactCreateSchema } from '../features/contacts/contacts.schema.ts';
import { organizationCreateSchema } from '../features/organizations/organizations.schema.ts';
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

  it('uses distinct version 4 UUIDs everywhere', async () => {
    const { rows } = await database.pool.query<{ id: string }>(
      `select workspace_id::text as id from workspaces
       union all select id::text from users
       union all select id::text from organizations
       union all select id::text from contacts
       union all select id::text from assignments
       union all select id::text from revenue_lines`,
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
    await loadDemoFirm(a, { seed: 11, organizations: 40 });
    await loadDemoFirm(b, { seed: 11, organizations: 40 });
    await loadDemoFirm(c, { seed: 12, organizations: 40 });
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
    // an organisation the last batch will insert again: its key is taken, so the load fails late
    const batches = [...demoFirm({ seed: 4, organizations: 30 }).batches(10)];
    const clash = batches[2]!.organizations[9]!;
    await database.db.insert(schema.organizations).values(clash);
    await expect(loadDemoFirm(database, { seed: 4, organizations: 30 })).rejects.toThrow();
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
      organizations: 1,
      contacts: 0,
      revenue_lines: 0,
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
