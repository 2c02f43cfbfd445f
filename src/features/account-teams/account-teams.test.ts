// Account teams over HTTP (method §14): the team replaced as a whole, one lead at most, only the
// firm's professionals who can sign in, who directs the relationship by its level, audited.
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, newUser, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';
import { auditLog } from '../../db/schema.ts';

let database: Database;
let app: TestApp;
let owner: Client;
let ownerId: string;
let workspaceId: string;
let anna: { id: string; name: string };
let bram: { id: string; name: string };
let client: string;
let foreignUser: string;

const team = (organization = client) => `/api/v1/organizations/${organization}/account-team`;
const setTeam = (members: unknown) => owner.request('PUT', team(), { members });

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner, workspaceId, ownerId } = await newFirm(app));
  anna = (await newUser(app, database, workspaceId, 'professional')).user;
  bram = (await newUser(app, database, workspaceId, 'manager')).user;
  client = (
    await owner.post('/api/v1/organizations', {
      name: 'Rederij Zeewind',
      relationLevel: 'strategic',
      relationshipManagerId: anna.id,
      secondProfessionalId: bram.id,
    })
  ).body.id;
  const firmB = await newFirm(app, 'Other firm');
  foreignUser = firmB.ownerId;
});
afterAll(async () => database.close());

describe("a client's account team", () => {
  it('is empty at first, with the relationship manager and second professional by name', async () => {
    const answer = await owner.get(team());
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      organizationId: client,
      relationLevel: 'strategic',
      relationshipManager: { id: anna.id, name: anna.name },
      secondProfessional: { id: bram.id, name: bram.name },
      members: [],
      // strategic: the lead directs it, and none is named yet
      directedBy: { role: 'accountTeamLead', professional: null },
    });
  });

  it('is replaced as a whole, the lead first, and the lead directs a strategic relation', async () => {
    const answer = await setTeam([
      { userId: anna.id, role: 'member' },
      { userId: bram.id, role: 'lead' },
      { userId: ownerId, role: 'member' },
    ]);
    expect(answer.status).toBe(200);
    expect(answer.body.members[0]).toEqual({
      userId: bram.id,
      name: bram.name,
      role: 'lead',
      disabled: false,
    });
    expect(answer.body.members).toHaveLength(3);
    expect(answer.body.directedBy).toEqual({
      role: 'accountTeamLead',
      professional: { id: bram.id, name: bram.name },
    });
    const smaller = await setTeam([{ userId: anna.id, role: 'lead' }]);
    expect(smaller.body.members.map((m: { userId: string }) => m.userId)).toEqual([anna.id]);
    expect((await owner.get(team())).body.members).toHaveLength(1);
  });

  it('is directed by the relationship manager at team level, and by nobody for other relations', async () => {
    await owner.patch(`/api/v1/organizations/${client}`, { relationLevel: 'team' });
    expect((await owner.get(team())).body.directedBy).toEqual({
      role: 'relationshipManager',
      professional: { id: anna.id, name: anna.name },
    });
    await owner.patch(`/api/v1/organizations/${client}`, { relationLevel: 'other' });
    expect((await owner.get(team())).body.directedBy).toEqual({
      role: 'nobody',
      professional: null,
    });
    await owner.patch(`/api/v1/organizations/${client}`, { relationLevel: 'strategic' });
  });

  // functions: the ids exist only once beforeAll ran
  it.each([
    [
      'two leads',
      () => [
        { userId: anna.id, role: 'lead' },
        { userId: bram.id, role: 'lead' },
      ],
      'members.1.role',
      'the team has one lead at most',
    ],
    [
      'a professional twice',
      () => [
        { userId: anna.id, role: 'member' },
        { userId: anna.id, role: 'lead' },
      ],
      'members.1.userId',
      'twice',
    ],
    [
      'a professional of another firm',
      () => [{ userId: foreignUser, role: 'member' }],
      'members.0.userId',
      'is not a professional of this firm',
    ],
    ['an unknown role', () => [{ userId: anna.id, role: 'captain' }], 'members.0.role', ''],
    ['an id that is none', () => [{ userId: 'anna', role: 'member' }], 'members.0.userId', ''],
  ])('refuses %s, naming the field, and keeps the team', async (_, members, field, message) => {
    const answer = await setTeam(members());
    expect(answer.status).toBe(400);
    expect(answer.body.error.details[0].field).toBe(field);
    expect(answer.body.error.details[0].message).toContain(message);
    expect((await owner.get(team())).body.members.map((m: { userId: string }) => m.userId)).toEqual(
      [anna.id],
    );
  });

  it('refuses a professional who can no longer sign in, and shows one already in the team as such', async () => {
    await setTeam([
      { userId: anna.id, role: 'lead' },
      { userId: bram.id, role: 'member' },
    ]);
    expect((await owner.patch(`/api/v1/users/${bram.id}`, { disabled: true })).status).toBe(200);
    const shown = await owner.get(team());
    expect(shown.body.members[1]).toMatchObject({ userId: bram.id, disabled: true });
    const refused = await setTeam([
      { userId: anna.id, role: 'lead' },
      { userId: bram.id, role: 'member' },
    ]);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0]).toEqual({
      field: 'members.1.userId',
      message: `${bram.name} can no longer sign in`,
      reason: { code: 'cannotSignIn', params: { name: bram.name } },
    });
    await owner.patch(`/api/v1/users/${bram.id}`, { disabled: false });
  });

  it('is audited on the organisation, with who was in it before and after', async () => {
    await setTeam([{ userId: anna.id, role: 'lead' }]);
    await setTeam([{ userId: bram.id, role: 'lead' }]);
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'organization'), eq(auditLog.entityId, client)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry).toMatchObject({
      action: 'update',
      userId: ownerId,
      changes: {
        accountTeam: [[{ userId: anna.id, role: 'lead' }], [{ userId: bram.id, role: 'lead' }]],
      },
    });
  });

  it("is not found for another firm's client or an unknown one", async () => {
    const other = await newFirm(app, 'Third firm');
    expect((await other.owner.get(team())).status).toBe(404);
    const unknown = team('00000000-0000-4000-8000-000000000000');
    expect((await owner.request('PUT', unknown, { members: [] })).status).toBe(404);
  });
});
