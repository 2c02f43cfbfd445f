// The service concept's complaint norms, checked over HTTP (method §15) on a fixed firm day
// (Thursday 13 March 2025): a complaint acknowledged and solved within the category's working
// days meets both norms, one acknowledged late or still open past its deadline falls short; the
// same complaint stands on the professional's worklist with the deadline of its next step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addClientInCategory,
  Client,
  newFirm,
  newUser,
  testApp,
} from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';

const clock = () => new Date('2025-03-13T09:00:00Z');

let database: Database;
let owner: Client;
let managerId: string;
const clients: Record<string, string> = {};

type Shortfall = { code: string; count?: number };
type Report = { shortfallClients: { name: string; shortfalls: Shortfall[] }[] };

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database, {}, clock);
  let workspaceId: string;
  ({ owner, workspaceId } = await newFirm(app));
  managerId = (await newUser(app, database, workspaceId, 'professional')).user.id;
  const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  for (const name of ['On Time', 'Late', 'Open']) {
    const id = await addClientInCategory(owner, { name, schemeId, category: 'A', managerId });
    clients[name] = id;
  }
  const complain = (name: string, receivedOn: string) =>
    owner.post(`/api/v1/organizations/${clients[name]}/complaints`, {
      subject: `Klacht ${name}`,
      receivedOn,
    });
  // received Friday 7 March: acknowledged by Tuesday 11 March, solved by Friday 21 March
  const onTime = (await complain('On Time', '2025-03-07')).body.id;
  await owner.patch(`/api/v1/complaints/${onTime}`, { status: 'acknowledged', on: '2025-03-10' });
  await owner.patch(`/api/v1/complaints/${onTime}`, { status: 'solved', on: '2025-03-12' });
  const late = (await complain('Late', '2025-03-07')).body.id;
  await owner.patch(`/api/v1/complaints/${late}`, { status: 'acknowledged', on: '2025-03-12' });
  await complain('Open', '2025-03-06');
});
afterAll(async () => database.close());

describe('the complaint norms', () => {
  it('are met within the working days, and fall short acknowledged late or overdue', async () => {
    const answer = await owner.get('/api/v1/compliance?fiscalYear=2025');
    expect(answer.status).toBe(200);
    const report = answer.body as Report;
    const complaintShortfalls = (name: string) =>
      report.shortfallClients
        .find((client) => client.name === name)
        ?.shortfalls.filter((shortfall) => shortfall.code.startsWith('complaints')) ?? [];
    expect(complaintShortfalls('On Time')).toEqual([]);
    expect(complaintShortfalls('Late')).toEqual([{ code: 'complaintsAcknowledgedLate', count: 1 }]);
    // received Thursday 6 March, not acknowledged by Monday 10 March; solving is not due yet
    expect(complaintShortfalls('Open')).toEqual([{ code: 'complaintsAcknowledgedLate', count: 1 }]);
  });

  it('put each open complaint on the relationship manager’s worklist, overdue with its deadline', async () => {
    const answer = await owner.get(`/api/v1/worklist?userId=${managerId}&until=2025-03-31`);
    expect(answer.status).toBe(200);
    const complaints = (
      answer.body.items as {
        kind: string;
        organizationName: string;
        dueDate: string;
        overdue: boolean;
        workingDaysOverdue: number | null;
        label: string;
      }[]
    )
      .filter((item) => item.kind === 'complaint')
      .map(({ organizationName, dueDate, overdue, workingDaysOverdue, label }) => ({
        organizationName,
        dueDate,
        overdue,
        workingDaysOverdue,
        label,
      }));
    expect(complaints).toEqual(
      expect.arrayContaining([
        {
          organizationName: 'Open',
          dueDate: '2025-03-10',
          overdue: true,
          workingDaysOverdue: 3,
          label: 'Klacht Open',
        },
        {
          organizationName: 'Late',
          dueDate: '2025-03-21',
          overdue: false,
          workingDaysOverdue: 0,
          label: 'Klacht Late',
        },
        {
          organizationName: 'On Time',
          dueDate: '2025-03-12',
          overdue: false,
          workingDaysOverdue: null,
          label: 'Klacht On Time',
        },
      ]),
    );
    expect(complaints).toHaveLength(3);
  });
});
