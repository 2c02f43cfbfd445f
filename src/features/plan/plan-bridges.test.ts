// The plan's proposal is what it says it is: on the demo firm, each figure it averages is the
// figure of that year's revenue bridge as GET /portfolio/bridge answers it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, testApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';
import { demoSignIn } from '../../demo/firm.ts';
import { loadDemoFirm } from '../../demo/load.ts';
import { planReport } from './plan.service.ts';

let database: Database;
let owner: Client;
let workspaceId: string;

beforeAll(async () => {
  database = await freshDatabase();
  // ten years of revenue up to 2025; the plan of 2026 is asked for on its tenth day
  ({ workspaceId } = await loadDemoFirm(database, {
    seed: 1,
    organizations: 120,
    today: '2026-01-10',
  }));
  owner = new Client(testApp(database));
  expect((await owner.post('/api/v1/session', demoSignIn)).status).toBe(200);
}, 120_000);
afterAll(async () => database.close());

const averageInEuros = (cents: number[]) =>
  Math.round(cents.reduce((sum, value) => sum + value, 0) / cents.length / 100) * 100;

describe('the proposal of the demo firm for 2026', () => {
  it('averages the bridges of 2023–2025 as the bridge page shows them', async () => {
    const plan = await planReport(database.db, workspaceId, 2026, '2026-01-10');
    const proposal = plan.proposal!;
    expect(proposal.basedOnYears).toEqual([2023, 2024, 2025]);
    const bridges = [];
    for (const year of proposal.basedOnYears) {
      const answer = await owner.get(`/api/v1/portfolio/bridge?year=${year}`);
      expect(answer.status).toBe(200);
      bridges.push(answer.body);
    }
    expect(proposal.basedOn).toEqual(
      bridges.map((bridge) => ({
        year: bridge.year,
        newClientsCents: bridge.bars.new.amountCents + bridge.bars.returned.amountCents,
        existingGrowthCents: bridge.bars.grown.amountCents - bridge.bars.shrunk.amountCents,
        lostCents: bridge.bars.lost.amountCents,
      })),
    );
    expect(proposal.newClientsCents).toBe(
      averageInEuros(bridges.map((b) => b.bars.new.amountCents + b.bars.returned.amountCents)),
    );
    expect(proposal.existingGrowthCents).toBe(
      averageInEuros(bridges.map((b) => b.bars.grown.amountCents - b.bars.shrunk.amountCents)),
    );
    expect(proposal.expectedLossCents).toBe(
      averageInEuros(bridges.map((b) => b.bars.lost.amountCents)),
    );
    expect(proposal.startCents).toBe(bridges.at(-1).endCents);
  });

  it('says 2026 has no revenue yet instead of measuring it against the plan', async () => {
    const plan = await planReport(database.db, workspaceId, 2026, '2026-01-10');
    expect(plan.plan?.source).toBe('proposal');
    expect(plan.progress).toMatchObject({ actualSoFarCents: 0, noRevenueYet: true });
    expect(plan.progress.againstPlan).toBeNull();
  });
});
