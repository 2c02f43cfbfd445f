// Service concepts over HTTP: the defaults per category, norms set and refused field by field,
// the freelancer's A/B/C preset, back to the defaults, and every change audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, newUser, testApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';

let database: Database;
let owner: Client;
let professional: Client;
let schemeId: string;
let otherFirmScheme: string;

type Concept = Record<string, unknown> & { categoryKey: string; set: boolean };

const concepts = (path = `/api/v1/category-schemes/${schemeId}/service-concepts`) => path;
const norms = {
  personalContactIntervalDays: 90,
  callBack: 'nextWorkingDay',
  proposalTurnaroundWorkingDays: 5,
  mailing: true,
  giftPolicy: 'newYearsGreeting',
  evaluationAfterEachAssignment: true,
  yearlyEvaluationConversation: false,
  accountPlanRequired: false,
  yearlyRevenueForecast: true,
  secondProfessionalPerAssignment: true,
  minimumPersonalContactsPerYear: 3,
  ownNorms: '  Altijd dezelfde contactpersoon  ',
};

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database);
  let workspaceId: string;
  ({ owner, workspaceId } = await newFirm(app));
  ({ client: professional } = await newUser(app, database, workspaceId, 'professional'));
  schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  const other = await newFirm(app);
  otherFirmScheme = (await other.owner.get('/api/v1/category-schemes')).body.items[0].id;
});
afterAll(async () => database.close());

describe('service concepts', () => {
  it('start as the defaults, one per category best first: two personal contacts a year, no other norm', async () => {
    const answer = await professional.get(concepts());
    expect(answer.status).toBe(200);
    expect(answer.body.items.map((c: Concept) => [c.categoryKey, c.set])).toEqual([
      ['A', false],
      ['B', false],
      ['C', false],
    ]);
    expect(answer.body.items[0]).toMatchObject({
      personalContactIntervalDays: null,
      callBack: 'none',
      minimumPersonalContactsPerYear: 2,
      giftPolicy: 'none',
    });
  });

  it('take the freelancer’s A/B/C preset: A every 60 days, called back the same day, proposals in 2 days', async () => {
    const answer = await owner.post(concepts() + '/preset', { preset: 'freelancerAbc' });
    expect(answer.status).toBe(200);
    const [a, b, c] = answer.body.items as Concept[];
    expect(a).toMatchObject({
      set: true,
      personalContactIntervalDays: 60,
      callBack: 'sameWorkingDay',
      proposalTurnaroundWorkingDays: 2,
      mailing: true,
      giftPolicy: 'yearlyPersonalGift',
    });
    expect(b).toMatchObject({ callBack: 'asSoonAsPossible', giftPolicy: 'newYearsGreeting' });
    expect(c).toMatchObject({ set: true, personalContactIntervalDays: null, mailing: false });
  });

  it('set one category’s norms, trimmed, and audit the change', async () => {
    const answer = await owner.request('PUT', concepts() + '/B', norms);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      categoryKey: 'B',
      set: true,
      personalContactIntervalDays: 90,
      ownNorms: 'Altijd dezelfde contactpersoon',
    });
    const listed = await owner.get(concepts());
    expect(listed.body.items[1]).toEqual(answer.body);
    const history = await database.pool.query(
      `select changes from audit_log where entity_type = 'category_scheme' and entity_id = $1
        order by id`,
      [schemeId],
    );
    const fields = history.rows.flatMap((row: { changes: object }) => Object.keys(row.changes));
    expect(fields).toContain('serviceConcept.B');
  });

  it('refuse bad norms with the field named, and write nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ personalContactIntervalDays: 0 }, 'personalContactIntervalDays', 'interval_out_of_range'],
      [
        { personalContactIntervalDays: 1.5 },
        'personalContactIntervalDays',
        'interval_out_of_range',
      ],
      [
        { proposalTurnaroundWorkingDays: 101 },
        'proposalTurnaroundWorkingDays',
        'turnaround_out_of_range',
      ],
      [
        { minimumPersonalContactsPerYear: -1 },
        'minimumPersonalContactsPerYear',
        'minimum_contacts_out_of_range',
      ],
      [{ ownNorms: 'x'.repeat(4001) }, 'ownNorms', 'own_norms_too_long'],
    ];
    for (const [change, field, code] of cases) {
      const answer = await owner.request('PUT', concepts() + '/A', { ...norms, ...change });
      expect(answer.status, field).toBe(400);
      expect(answer.body.error.details).toEqual([{ field, message: code }]);
    }
    const unknownNorm = await owner.request('PUT', concepts() + '/A', {
      ...norms,
      callBack: 'never',
    });
    expect(unknownNorm.status).toBe(400);
    expect(unknownNorm.body.error.details[0].field).toBe('callBack');
    const missing = await owner.request('PUT', concepts() + '/A', { mailing: true });
    expect(missing.status).toBe(400);
    const extra = await owner.request('PUT', concepts() + '/A', { ...norms, colour: 'red' });
    expect(extra.status).toBe(400);
    // A still holds the preset's norms
    const listed = await owner.get(concepts());
    expect(listed.body.items[0]).toMatchObject({ personalContactIntervalDays: 60 });
  });

  it('answer 404 for a category the scheme does not have, or another firm’s scheme', async () => {
    expect((await owner.request('PUT', concepts() + '/Z', norms)).status).toBe(404);
    const foreign = `/api/v1/category-schemes/${otherFirmScheme}/service-concepts`;
    expect((await owner.get(foreign)).status).toBe(404);
    expect((await owner.request('PUT', foreign + '/A', norms)).status).toBe(404);
  });

  it('are set by category managers only', async () => {
    expect((await professional.request('PUT', concepts() + '/A', norms)).status).toBe(403);
  });

  it('go back to the defaults', async () => {
    expect((await owner.request('DELETE', concepts() + '/B')).status).toBe(204);
    const listed = await owner.get(concepts());
    expect(listed.body.items[1]).toMatchObject({ set: false, personalContactIntervalDays: null });
    expect(listed.body.items[0]).toMatchObject({ set: true });
  });

  it('map a preset onto a scheme of more categories best first, leaving the rest', async () => {
    const sabc = (await owner.post('/api/v1/category-schemes', { preset: 'sabc' })).body.id;
    const path = `/api/v1/category-schemes/${sabc}/service-concepts`;
    const answer = await owner.post(path + '/preset', { preset: 'freelancerAbc' });
    expect(answer.status).toBe(200);
    expect(
      answer.body.items.map((c: Concept) => [c.categoryKey, c.set, c.personalContactIntervalDays]),
    ).toEqual([
      ['S', true, 60],
      ['A', true, 180],
      ['B', true, null],
      ['C', false, null],
    ]);
    // removing the scheme removes its concepts
    expect((await owner.request('DELETE', `/api/v1/category-schemes/${sabc}`)).status).toBe(204);
    const left = await database.pool.query(
      'select count(*)::int as n from service_concepts where scheme_id = $1',
      [sabc],
    );
    expect(left.rows[0].n).toBe(0);
  });
});
