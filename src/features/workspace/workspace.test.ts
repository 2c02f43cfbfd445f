import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { Client, testApp, testPassword, type TestApp } from '../../../test/helpers/app.ts';
import type { Database } from '../../db/connection.ts';
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
