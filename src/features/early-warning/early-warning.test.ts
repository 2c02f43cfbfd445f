// Early warning over HTTP (method §8), the worked example: a client for each signal, fired with
// its evidence in words and numbers; an A-client at the same risk as a C-client listed first; a
// dismissal that holds until the evidence changes; the firm's weights; refusals naming the field.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addClientInCategory,
  Client,
  newFirm,
  newUser,
  testApp,
} from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { acuteSignalKinds } from '../../core/early-warning/signal.ts';
import type { Database } from '../../db/connection.ts';
import { refreshClientYears } from '../portfolio/client-years.service.ts';

const today = '2026-06-15';
const clock = () => new Date(`${today}T10:00:00Z`);

let database: Database;
let owner: Client;
let professional: Client;
let viewer: Client;
let otherFirm: Client;
let workspaceId: string;
let managerId: string;
const clients: Record<string, string> = {};

const signalsOf = async (name: string) => {
  const answer = await owner.get(`/api/v1/organizations/${clients[name]}/signals`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as {
    client: {
      risk: number;
      signals: { kind: string; text: { nl: string; en: string }; dismissal: unknown }[];
    } | null;
    recorded: { id: string; kind: string }[];
  };
};
const kindsOf = async (name: string) => (await signalsOf(name)).client?.signals.map((s) => s.kind);
const textOf = async (name: string, kind: string) =>
  (await signalsOf(name)).client?.signals.find((s) => s.kind === kind)?.text;

async function invoice(name: string, day: string, euros: number) {
  await database.pool.query(
    `insert into revenue_lines (workspace_id, id, organization_id, invoice_date, amount_cents, fingerprint)
     values ($1, $2, $3, $4, $5, $6)`,
    [workspaceId, randomUUID(), clients[name], day, euros * 100, randomUUID()],
  );
}

async function visit(name: string, day: string) {
  const answer = await owner.post(`/api/v1/organizations/${clients[name]}/activities`, {
    type: 'visit',
    status: 'done',
    onDate: day,
    subject: 'Bezoek',
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
}

async function contact(name: string, firstName: string, dmuRole: string, activeTo: string | null) {
  const answer = await owner.post(`/api/v1/organizations/${clients[name]}/contacts`, {
    firstName,
    lastName: 'Vries',
    dmuRole,
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  if (activeTo)
    await database.pool.query(`update contacts set active_to = $1 where id = $2`, [
      activeTo,
      answer.body.id,
    ]);
  return answer.body.id as string;
}

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database, {}, clock);
  ({ owner, workspaceId } = await newFirm(app));
  const pro = await newUser(app, database, workspaceId, 'professional');
  professional = pro.client;
  managerId = pro.user.id;
  ({ client: viewer } = await newUser(app, database, workspaceId, 'viewer'));
  ({ owner: otherFirm } = await newFirm(app));
  const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  // A: personal contact every 60 days; C: no interval
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  for (const [name, category] of [
    ['Daling', 'A'],
    ['Ritme', 'A'],
    ['Wissel', 'A'],
    ['Stilte', 'A'],
    ['Credit', 'A'],
    ['Oordeel', 'A'],
    ['Dalend Oordeel', 'A'],
    ['Acuut', 'A'],
    ['Alfa', 'A'],
    ['Cesar', 'C'],
    ['Rustig', 'A'],
  ] as const) {
    clients[name] = await addClientInCategory(owner, { name, schemeId, category, managerId });
    // seen recently, so that only the signal each is built for fires
    if (name !== 'Stilte') await visit(name, '2026-06-01');
  }
  // revenue 2025 € 78.000, 35% below 2024 (€ 120.000)
  await invoice('Daling', '2024-05-01', 120_000);
  await invoice('Daling', '2025-05-01', 78_000);
  // monthly orders until April, none since
  for (const day of ['2026-01-05', '2026-02-04', '2026-03-06', '2026-04-05'])
    await invoice('Ritme', day, 1_000);
  // two contact persons left, one of them the decider
  await contact('Wissel', 'Anna', 'decider', '2026-03-31');
  await contact('Wissel', 'Bram', 'user', '2025-02-01');
  await contact('Wissel', 'Cor', 'decider', null);
  // last seen 143 days ago under the norm of 60
  await visit('Stilte', '2026-01-23');
  // two credit notes, € 3.200
  await invoice('Credit', '2025-03-01', 10_000);
  await invoice('Credit', '2025-04-01', -2_000);
  await invoice('Credit', '2026-02-01', -1_200);
  // evaluated below the norm of 8 twice; and falling from 9 to 7
  for (const [name, scores] of [
    ['Oordeel', [7, 6]],
    ['Dalend Oordeel', [9, 7]],
  ] as const) {
    const contactId = await contact(name, 'Eva', 'user', null);
    for (const [i, overall] of scores.entries()) {
      const answer = await owner.post(`/api/v1/organizations/${clients[name]}/evaluations`, {
        contactId,
        method: 'conversation',
        evaluatedOn: ['2025-11-01', '2026-04-01'][i],
        overall,
      });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    }
  }
  // each acute signal, recorded in one click
  for (const kind of acuteSignalKinds) {
    const answer = await professional.post(`/api/v1/organizations/${clients.Acuut}/acute-signals`, {
      kind,
      ...(kind === 'threatensToLeave'
        ? { recordedOn: '2026-06-10', note: 'Overweegt een ander kantoor' }
        : {}),
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  }
  // the same risk for an A- and a C-client; the C-client has far more revenue
  for (const name of ['Alfa', 'Cesar'])
    await professional.post(`/api/v1/organizations/${clients[name]}/acute-signals`, {
      kind: 'asksRatesAgain',
    });
  await invoice('Cesar', '2025-06-01', 500_000);
  await invoice('Cesar', '2024-06-01', 500_000);
  await invoice('Alfa', '2025-06-01', 10_000);
  await invoice('Alfa', '2024-06-01', 10_000);
  await refreshClientYears(database.db, workspaceId);
});
afterAll(async () => database.close());

describe('each signal of the method fires on a client built for it, with its evidence', () => {
  it('revenue falling year on year', async () => {
    expect(await kindsOf('Daling')).toEqual(['revenueDeclining']);
    expect(await textOf('Daling', 'revenueDeclining')).toEqual({
      nl: 'omzet 2025 € 78.000, 35% lager dan 2024 (€ 120.000)',
      en: 'revenue 2025 €78,000, 35% below 2024 (€120,000)',
    });
  });

  it('a broken ordering rhythm', async () => {
    expect(await kindsOf('Ritme')).toEqual(['orderingRhythmBroken']);
    expect((await textOf('Ritme', 'orderingRhythmBroken'))?.en).toBe(
      'orders about every 30 days; next expected on 2026-05-05, 41 days late (last 2026-04-05)',
    );
  });

  it('contact persons changed often, and the main contact left', async () => {
    expect(await kindsOf('Wissel')).toEqual(['contactPersonsChanged', 'mainContactLeft']);
    expect((await textOf('Wissel', 'mainContactLeft'))?.nl).toBe(
      'de beslisser Anna Vries is vertrokken op 2026-03-31',
    );
  });

  it('personal contact below the category norm', async () => {
    expect(await kindsOf('Stilte')).toEqual(['personalContactLow']);
    expect(await textOf('Stilte', 'personalContactLow')).toEqual({
      nl: 'al 143 dagen geen persoonlijk contact, norm 60',
      en: 'no personal contact for 143 days, norm 60',
    });
  });

  it('credit notes', async () => {
    expect(await kindsOf('Credit')).toEqual(['creditNotes']);
    expect((await textOf('Credit', 'creditNotes'))?.nl).toBe(
      "2 creditnota's in 2025–2026, € 3.200 gecrediteerd",
    );
  });

  it('evaluations below the norm more than once, and falling', async () => {
    expect(await kindsOf('Oordeel')).toEqual(['evaluationsBelowNorm']);
    expect(await kindsOf('Dalend Oordeel')).toEqual(['evaluationsFalling']);
    expect((await textOf('Dalend Oordeel', 'evaluationsFalling'))?.en).toBe(
      'rating fell from 9 (2025-11-01) to 7 (2026-04-01)',
    );
  });

  it('every acute signal recorded by a professional', async () => {
    const acute = await signalsOf('Acuut');
    expect(acute.client?.signals.map((s) => s.kind).sort()).toEqual([...acuteSignalKinds].sort());
    expect(acute.recorded).toHaveLength(6);
    expect((await textOf('Acuut', 'threatensToLeave'))?.en).toBe(
      'threatens to leave (recorded 2026-06-10): Overweegt een ander kantoor',
    );
    // the risk: the default weights of the six added up
    expect(acute.client?.risk).toBe(40 + 20 + 20 + 25 + 20 + 30);
  });

  it('a client without the data stays silent', async () => {
    expect(await kindsOf('Rustig')).toEqual([]);
    const list = (await owner.get('/api/v1/at-risk?limit=200')).body;
    expect(list.clients.map((c: { name: string }) => c.name)).not.toContain('Rustig');
  });
});

describe('the at-risk list', () => {
  it('lists an A-client before a C-client at the same risk, with every signal and its evidence', async () => {
    const list = (await viewer.get('/api/v1/at-risk?limit=200')).body;
    const names: string[] = list.clients.map((c: { name: string }) => c.name);
    expect(names[0]).toBe('Acuut');
    expect(names.indexOf('Alfa')).toBeLessThan(names.indexOf('Cesar'));
    const alfa = list.clients.find((c: { name: string }) => c.name === 'Alfa');
    const cesar = list.clients.find((c: { name: string }) => c.name === 'Cesar');
    expect([alfa.risk, cesar.risk]).toEqual([20, 20]);
    expect(cesar.valueCents).toBeGreaterThan(alfa.valueCents);
    expect(alfa.signals[0].text.en).toBe(`asks for the rates again (recorded ${today})`);
    expect(alfa.suggestedAction.p).toBe('project');
    expect(list.total).toBe(10);
    const page = (await viewer.get('/api/v1/at-risk?limit=2&offset=1')).body;
    expect(page.clients.map((c: { name: string }) => c.name)).toEqual(names.slice(1, 3));
  });

  it('weighs a signal as the firm sets it', async () => {
    const changed = await owner.patch('/api/v1/early-warning/weights', {
      weights: { revenueDeclining: 50 },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.weights.revenueDeclining).toBe(50);
    expect((await signalsOf('Daling')).client?.risk).toBe(50);
    await owner.patch('/api/v1/early-warning/weights', { weights: { revenueDeclining: 20 } });
    expect((await signalsOf('Daling')).client?.risk).toBe(20);
  });
});

describe('the worklist', () => {
  it("puts the relationship manager's five highest priorities on it, with the suggested action", async () => {
    const list = (await owner.get('/api/v1/at-risk?limit=5')).body;
    const worklist = (await professional.get('/api/v1/worklist')).body;
    const atRisk = worklist.items.filter((item: { kind: string }) => item.kind === 'atRisk');
    expect(atRisk.map((item: { organizationName: string }) => item.organizationName)).toEqual(
      list.clients.map((client: { name: string }) => client.name),
    );
    expect(atRisk[0].warning).toMatchObject({
      risk: 155,
      signal: { en: 'threatens to leave (recorded 2026-06-10): Overweegt een ander kantoor' },
      action: { p: 'partnership' },
    });
    // the owner manages none of them
    const own = (await owner.get('/api/v1/worklist')).body.items;
    expect(own.filter((item: { kind: string }) => item.kind === 'atRisk')).toEqual([]);
  });
});

describe('a dismissed signal', () => {
  it('stops counting with its reason, and returns when the evidence changes', async () => {
    const dismiss = await professional.post(
      `/api/v1/organizations/${clients.Stilte}/signal-dismissals`,
      { kind: 'personalContactLow', reason: 'Was met verlof; afspraak staat' },
    );
    expect(dismiss.status, JSON.stringify(dismiss.body)).toBe(204);
    const dismissed = await signalsOf('Stilte');
    expect(dismissed.client?.risk).toBe(0);
    expect(dismissed.client?.signals[0]?.dismissal).toMatchObject({
      reason: 'Was met verlof; afspraak staat',
      dismissedOn: today,
    });
    const list = (await owner.get('/api/v1/at-risk?limit=200')).body;
    expect(list.clients.map((c: { name: string }) => c.name)).not.toContain('Stilte');
    // a contact later, still too long ago: new evidence, and the signal counts again
    await visit('Stilte', '2026-03-01');
    const back = await signalsOf('Stilte');
    expect(back.client?.signals[0]?.dismissal).toBeNull();
    expect(back.client?.risk).toBe(10);
  });

  it('can be taken back', async () => {
    await owner.post(`/api/v1/organizations/${clients.Credit}/signal-dismissals`, {
      kind: 'creditNotes',
      reason: 'Afgesproken korting',
    });
    expect((await signalsOf('Credit')).client?.risk).toBe(0);
    const url = `/api/v1/organizations/${clients.Credit}/signal-dismissals/creditNotes`;
    expect((await owner.delete(url)).status).toBe(204);
    expect((await signalsOf('Credit')).client?.risk).toBe(10);
    expect((await owner.delete(url)).status).toBe(404);
  });
});

describe('refusals name the field', () => {
  it('a signal the client does not show, an empty reason, a wrong kind or weight', async () => {
    const dismissals = `/api/v1/organizations/${clients.Rustig}/signal-dismissals`;
    const none = await owner.post(dismissals, { kind: 'revenueDeclining', reason: 'Nee' });
    expect(none.status).toBe(400);
    expect(none.body.error.details[0].field).toBe('kind');
    const empty = await owner.post(dismissals, { kind: 'revenueDeclining', reason: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details[0].field).toBe('reason');
    const kind = await owner.post(`/api/v1/organizations/${clients.Rustig}/acute-signals`, {
      kind: 'noReactionToInvitations',
    });
    expect(kind.status).toBe(400);
    expect(kind.body.error.details[0].field).toBe('kind');
    const later = await owner.post(`/api/v1/organizations/${clients.Rustig}/acute-signals`, {
      kind: 'asksRatesAgain',
      recordedOn: '2026-07-01',
    });
    expect(later.status).toBe(400);
    expect(later.body.error.details[0].field).toBe('recordedOn');
    const weight = await owner.patch('/api/v1/early-warning/weights', {
      weights: { revenueDeclining: 101 },
    });
    expect(weight.status).toBe(400);
    expect(weight.body.error.details[0].field).toMatch(/revenueDeclining/);
    expect((await signalsOf('Rustig')).recorded).toEqual([]);
  });

  it('who may not, and another firm', async () => {
    expect(
      (await professional.patch('/api/v1/early-warning/weights', { weights: {} })).status,
    ).toBe(403);
    expect(
      (
        await viewer.post(`/api/v1/organizations/${clients.Rustig}/acute-signals`, {
          kind: 'asksRatesAgain',
        })
      ).status,
    ).toBe(403);
    expect((await otherFirm.get(`/api/v1/organizations/${clients.Acuut}/signals`)).status).toBe(
      404,
    );
    expect((await otherFirm.get('/api/v1/at-risk')).body.total).toBe(0);
    const recorded = (await signalsOf('Acuut')).recorded[0]!;
    expect((await otherFirm.delete(`/api/v1/acute-signals/${recorded.id}`)).status).toBe(404);
    expect((await owner.delete(`/api/v1/acute-signals/${recorded.id}`)).status).toBe(204);
  });
});
