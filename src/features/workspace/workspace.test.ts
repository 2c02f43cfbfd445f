import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { Client, testApp, testPassword, type TestApp } from '../../../test/helpers/app.ts';
import type { Database } from '../../db/connection.ts';
import { auditLog } from '../../db/schema.ts';
import { firmForCommand } from './workspace.service.ts';

let database: Database;
let app: TestApp;

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database, { openSignup: false });
});
afterAll(async () => database.close());

describe('a firm made by a command before anyone signed up', () => {
  it('is made once, and the onboarding gives it its name and owner', async () => {
    const made = await firmForCommand(database.db, 'Omzet 2024');
    expect(made.created).toBe(true);
    expect(await firmForCommand(database.db, 'Ander')).toEqual({
      workspaceId: made.workspaceId,
      created: false,
    });
    const visitor = new Client(app);
    expect((await visitor.get('/api/v1/setup')).body).toEqual({ needed: true });
    const setup = await visitor.post('/api/v1/setup', {
      firm: { name: 'Adviesbureau Noord', currency: 'EUR', locale: 'nl', fiscalYearStartMonth: 4 },
      owner: { name: 'Olga Owner', email: 'olga@noord.nl', password: testPassword },
    });
    expect(setup.status).toBe(201);
    expect(setup.body.workspace).toMatchObject({
      id: made.workspaceId,
      name: 'Adviesbureau Noord',
      fiscalYearStartMonth: 4,
    });
    expect((await visitor.get('/api/v1/setup')).body).toEqual({ needed: false });
    const late = await new Client(app).post('/api/v1/setup', {
      firm: { name: 'Te laat', currency: 'EUR', locale: 'nl', fiscalYearStartMonth: 1 },
      owner: { name: 'Piet', email: 'piet@laat.nl', password: testPassword },
    });
    expect(late.status).toBe(409);
  });
});

describe('the limits of the portfolio analysis', () => {
  it('start at 20% and 80%/95%, and an owner changes them within reason', async () => {
    const owner = new Client(app);
    expect(
      (await owner.post('/api/v1/session', { email: 'olga@noord.nl', password: testPassword }))
        .status,
    ).toBe(200);
    const firm = await owner.get('/api/v1/workspace');
    expect(firm.body).toMatchObject({
      dependencyThresholdBp: 2000,
      abcBoundaryABp: 8000,
      abcBoundaryBBp: 9500,
    });
    const changed = await owner.patch('/api/v1/workspace', {
      dependencyThresholdBp: 2500,
      abcBoundaryABp: 7000,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ dependencyThresholdBp: 2500, abcBoundaryABp: 7000 });
    const crossed = await owner.patch('/api/v1/workspace', { abcBoundaryBBp: 6000 });
    expect(crossed.status).toBe(400);
    expect(crossed.body.error.details[0].field).toBe('abcBoundaryBBp');
    const tooHigh = await owner.patch('/api/v1/workspace', { dependencyThresholdBp: 10_001 });
    expect(tooHigh.status).toBe(400);
    expect(tooHigh.body.error.details[0].field).toBe('dependencyThresholdBp');
    expect((await owner.get('/api/v1/workspace')).body.abcBoundaryBBp).toBe(9500);
  });
});

describe("the firm's time zone", () => {
  it('is Europe/Amsterdam unless chosen at setup; an owner changes it to another IANA name', async () => {
    const owner = new Client(app);
    await owner.post('/api/v1/session', { email: 'olga@noord.nl', password: testPassword });
    expect((await owner.get('/api/v1/workspace')).body.timeZone).toBe('Europe/Amsterdam');
    const changed = await owner.patch('/api/v1/workspace', { timeZone: 'europe/brussels' });
    expect(changed.status).toBe(200);
    expect(changed.body.timeZone).toBe('Europe/Brussels'); // stored in its canonical spelling
    expect((await owner.get('/api/v1/today')).body.timeZone).toBe('Europe/Brussels');
    for (const bad of ['Amsterdam', 'Europe/Atlantis', '+01:00', '', 7]) {
      const refused = await owner.patch('/api/v1/workspace', { timeZone: bad });
      expect(refused.status).toBe(400);
      expect(refused.body.error.details[0].field).toBe('timeZone');
    }
    expect((await owner.get('/api/v1/workspace')).body.timeZone).toBe('Europe/Brussels');
    await owner.patch('/api/v1/workspace', { timeZone: 'Europe/Amsterdam' });
  });
  it('is chosen at setup, and a name Intl does not know is refused there too', async () => {
    const host = testApp(database); // a host of many firms: open signup
    const wrong = await new Client(host).post('/api/v1/setup', {
      firm: {
        name: 'Londen',
        currency: 'GBP',
        locale: 'en',
        fiscalYearStartMonth: 4,
        timeZone: 'London',
      },
      owner: { name: 'Liz', email: 'liz@london.example', password: testPassword },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].field).toBe('firm.timeZone');
    const london = await new Client(host).post('/api/v1/setup', {
      firm: {
        name: 'Londen',
        currency: 'GBP',
        locale: 'en',
        fiscalYearStartMonth: 4,
        timeZone: 'Europe/London',
      },
      owner: { name: 'Liz', email: 'liz@london.example', password: testPassword },
    });
    expect(london.status).toBe(201);
    expect(london.body.workspace.timeZone).toBe('Europe/London');
  });
});

describe("the firm's gift value limit", () => {
  it('is none at first; an owner sets it in whole cents and clears it again', async () => {
    const owner = new Client(app);
    await owner.post('/api/v1/session', { email: 'olga@noord.nl', password: testPassword });
    expect((await owner.get('/api/v1/workspace')).body.giftValueLimitCents).toBeNull();
    const set = await owner.patch('/api/v1/workspace', { giftValueLimitCents: 5_000 });
    expect(set.status).toBe(200);
    expect(set.body.giftValueLimitCents).toBe(5_000);
    for (const bad of [-1, 12.5, '50']) {
      const refused = await owner.patch('/api/v1/workspace', { giftValueLimitCents: bad });
      expect(refused.status).toBe(400);
      expect(refused.body.error.details[0].field).toBe('giftValueLimitCents');
    }
    const cleared = await owner.patch('/api/v1/workspace', { giftValueLimitCents: null });
    expect(cleared.body.giftValueLimitCents).toBeNull();
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityType, 'workspace'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry?.changes).toMatchObject({ giftValueLimitCents: [5_000, null] });
  });
});
