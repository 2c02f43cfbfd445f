// Ambassadors over HTTP (method §10): who referred a client and what it brought, the thank-you
// on the referrer's relationship manager's worklist until a person-P activity is logged, the
// marketing pyramid with spend no client is tied to, refusals that name the field, firms apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, newUser, testApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { daysAgo, today } from '../../../test/helpers/days.ts';
import { addCalendarDays } from '../../core/servicing/calendar-days.ts';
import type { Database } from '../../db/connection.ts';

let database: Database;
let owner: Client;
let manager: Client;
let viewer: Client;
let otherFirm: Client;
let workspaceId: string;
let managerId: string;
let atlas: string;
let noord: string;
let anna: string;

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database);
  ({ owner, workspaceId } = await newFirm(app));
  const professional = await newUser(app, database, workspaceId, 'professional');
  manager = professional.client;
  managerId = professional.user.id;
  ({ client: viewer } = await newUser(app, database, workspaceId, 'viewer'));
  ({ owner: otherFirm } = await newFirm(app));
  const org = async (body: Record<string, unknown>) => {
    const answer = await owner.post('/api/v1/organizations', body);
    expect(answer.status).toBe(201);
    return answer.body.id as string;
  };
  atlas = await org({
    name: 'Atlas Bouw',
    status: 'client',
    relationshipManagerId: managerId,
    clientSince: '2020-01-01',
  });
  anna = (
    await owner.post(`/api/v1/organizations/${atlas}/contacts`, {
      firstName: 'Anna',
      lastName: 'Vries',
    })
  ).body.id;
  // Anna of Atlas recommended the firm to Noord, which became a client three days ago
  noord = await org({
    name: 'Noord Installatie',
    status: 'client',
    clientSince: daysAgo(3),
    referredByContactId: anna,
  });
  const year = Number(today().slice(0, 4));
  await database.pool.query(
    `insert into client_years (workspace_id, organization_id, fiscal_year, revenue_cents,
       costed_revenue_cents, cost_cents, hour_revenue_cents, lines, credit_notes, credit_cents,
       first_invoice_date, service_lines)
     values ($1, $2, $3, 1250000, 0, 0, 0, 1, 0, 0, $4, '{}')`,
    [workspaceId, noord, year, daysAgo(1)],
  );
});
afterAll(async () => database.close());

describe('who referred each client and what each ambassador brought (method §10)', () => {
  it('Anna of Atlas referred Noord: Atlas brought Noord and its € 12,500, and is to be thanked within 14 days on its relationship manager’s worklist', async () => {
    const referrals = await viewer.get('/api/v1/referrals');
    expect(referrals.status).toBe(200);
    expect(referrals.body.items).toMatchObject([
      {
        organizationId: noord,
        referrerOrganizationId: atlas,
        referrerContactId: anna,
        referrerContactName: 'Anna Vries',
        startedOn: daysAgo(3),
        revenueCents: 1_250_000,
      },
    ]);
    const overview = await viewer.get('/api/v1/ambassadors');
    expect(overview.status).toBe(200);
    expect(overview.body.items).toMatchObject([
      {
        organizationId: atlas,
        organizationName: 'Atlas Bouw',
        referrer: true,
        clientsBrought: 1,
        revenueCents: 1_250_000,
        clients: [{ organizationId: noord, referrerContactName: 'Anna Vries' }],
      },
    ]);
    expect(overview.body.thankYous).toMatchObject([
      {
        referrerOrganizationId: atlas,
        referredOrganizationId: noord,
        relationshipManagerId: managerId,
        dueOn: addCalendarDays(daysAgo(3), 14),
        overdue: false,
      },
    ]);
    const week = addCalendarDays(today(), 14);
    const list = await manager.get(`/api/v1/worklist?until=${week}`);
    expect(list.status).toBe(200);
    const thanks = list.body.items.filter((i: { kind: string }) => i.kind === 'thankAmbassador');
    expect(thanks).toMatchObject([
      { organizationId: atlas, itemId: noord, label: 'Noord Installatie' },
    ]);
  });

  it('a project-P meeting does not thank; a person-P call at Atlas does, and the reminder goes', async () => {
    const meeting = await manager.post(`/api/v1/organizations/${atlas}/activities`, {
      type: 'meeting',
      p: 'project',
      status: 'done',
      onDate: today(),
      subject: 'Voortgang',
    });
    expect(meeting.status).toBe(201);
    expect((await viewer.get('/api/v1/ambassadors')).body.thankYous).toHaveLength(1);
    const call = await manager.post(`/api/v1/organizations/${atlas}/activities`, {
      type: 'call',
      p: 'person',
      status: 'done',
      onDate: today(),
      subject: 'Bedankt voor de aanbeveling van Noord Installatie',
      contactIds: [anna],
    });
    expect(call.status).toBe(201);
    expect((await viewer.get('/api/v1/ambassadors')).body.thankYous).toEqual([]);
    const list = await manager.get(`/api/v1/worklist?until=${addCalendarDays(today(), 14)}`);
    expect(list.body.items.map((i: { kind: string }) => i.kind)).not.toContain('thankAmbassador');
  });

  it('suggests no introduction while no prospect can fit a profile', async () => {
    const answer = await viewer.get('/api/v1/introductions');
    expect(answer.status).toBe(200);
    expect(answer.body.items).toEqual([]);
  });
});

describe('the marketing pyramid (method §10)', () => {
  it('most spent at the bottom: a fair under own sales against a thank-you call is flagged as against the advice to work from the top down', async () => {
    const fair = await manager.post('/api/v1/marketing-spend', {
      spentOn: today(),
      layer: 'ownSales',
      description: 'Beursstand Bouwvak',
      minutes: 960,
      costCents: 450_000,
    });
    expect(fair.status).toBe(201);
    const article = await manager.post('/api/v1/marketing-spend', {
      spentOn: today(),
      layer: 'independentSources',
      description: 'Artikel vakblad',
      minutes: 240,
    });
    expect(article.status).toBe(201);
    const pyramid = await viewer.get('/api/v1/marketing-pyramid');
    expect(pyramid.status).toBe(200);
    const byLayer = Object.fromEntries(
      pyramid.body.layers.map((l: { layer: string; minutes: number; costCents: number }) => [
        l.layer,
        [l.minutes, l.costCents],
      ]),
    );
    expect(byLayer).toEqual({
      ownExperience: [0, 0],
      ambassadors: [0, 0],
      independentSources: [240, 0],
      media: [0, 0],
      ownSales: [960, 450_000],
    });
    expect(pyramid.body.advice.bottomHeavy).toBe(true);
    expect(pyramid.body.advice.mostSpentOn).toBe('ownSales');
    expect(pyramid.body.entries).toHaveLength(2);

    // a lunch with Atlas: attention for the person of an ambassador is the ambassadors' layer
    await manager.post(`/api/v1/organizations/${atlas}/activities`, {
      type: 'visit',
      p: 'person',
      status: 'done',
      onDate: today(),
      subject: 'Lunch',
      minutes: 90,
      costCents: 8_000,
    });
    const again = await viewer.get('/api/v1/marketing-pyramid');
    const ambassadors = again.body.layers.find((l: { layer: string }) => l.layer === 'ambassadors');
    expect(ambassadors).toMatchObject({
      minutes: 90,
      costCents: 8_000,
      activities: { minutes: 90, costCents: 8_000 },
    });

    const changed = await manager.patch(`/api/v1/marketing-spend/${fair.body.id}`, {
      costCents: 0,
      minutes: 0,
    });
    expect(changed.status).toBe(200);
    const removed = await manager.request('DELETE', `/api/v1/marketing-spend/${article.body.id}`);
    expect(removed.status).toBe(204);
    const after = await viewer.get('/api/v1/marketing-pyramid');
    expect(after.body.entries).toHaveLength(1);
  });

  it('refuses bad spend with the field named, writes nothing, and keeps firms apart', async () => {
    const before = (await viewer.get('/api/v1/marketing-pyramid')).body.entries.length;
    for (const [body, field] of [
      [{ spentOn: today(), layer: 'radio', description: 'Spot' }, 'layer'],
      [{ spentOn: '2026-02-30', layer: 'media', description: 'Folder' }, 'spentOn'],
      [{ spentOn: today(), layer: 'media', description: ' ' }, 'description'],
      [{ spentOn: today(), layer: 'media', description: 'Folder', costCents: -1 }, 'costCents'],
      [{ spentOn: today(), layer: 'media', description: 'Folder', minutes: 1.5 }, 'minutes'],
    ] as const) {
      const answer = await manager.post('/api/v1/marketing-spend', body);
      expect(answer.status, field).toBe(400);
      expect(answer.body.error.details.map((d: { field: string }) => d.field)).toEqual([field]);
    }
    expect((await viewer.get('/api/v1/marketing-pyramid?year=99')).status).toBe(400);
    const byViewer = await viewer.post('/api/v1/marketing-spend', {
      spentOn: today(),
      layer: 'media',
      description: 'Website',
    });
    expect(byViewer.status).toBe(403);
    expect((await viewer.get('/api/v1/marketing-pyramid')).body.entries).toHaveLength(before);
    const spendId = (await viewer.get('/api/v1/marketing-pyramid')).body.entries[0].id;
    expect((await otherFirm.get(`/api/v1/marketing-spend/${spendId}`)).status).toBe(404);
    expect((await otherFirm.get('/api/v1/ambassadors')).body.items).toEqual([]);
    expect((await otherFirm.get('/api/v1/referrals')).body.items).toEqual([]);
  });
});
