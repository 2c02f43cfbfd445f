import { describe, expect, it } from 'vitest';
import { bridgeRows, clientsOfStep, waterfall } from './bridgeSteps.ts';
import type { BridgeClient, BridgeGroup, RevenueBridge } from './queries.ts';

const client = (
  name: string,
  group: BridgeGroup,
  previousCents: number,
  currentCents: number,
): BridgeClient => ({
  clientId: `id-${name}`,
  name,
  group,
  previousCents,
  currentCents,
  effectCents: group === 'lost' ? -previousCents : currentCents - previousCents,
});

const clients = [
  client('Alfa', 'grown', 100, 150),
  client('Beta', 'shrunk', 200, 120),
  client('Gamma', 'unchanged', 50, 50),
  client('Delta', 'new', 0, 70),
  client('Epsilon', 'returned', 0, 30),
  client('Zeta', 'lost', 40, 0),
  client('Eta', 'lost', 10, 0),
];

const bar = (group: BridgeGroup) => {
  const members = clients
    .filter((c) => c.group === group)
    .sort((a, b) => Math.abs(b.effectCents) - Math.abs(a.effectCents));
  const effectCents = members.reduce((sum, c) => sum + c.effectCents, 0);
  return {
    amountCents: Math.abs(effectCents),
    effectCents,
    clientIds: members.map((c) => c.clientId),
  };
};

const bridge: RevenueBridge = {
  year: 2025,
  startCents: 400,
  endCents: 420,
  netStartCents: 400,
  netEndCents: 420,
  bars: {
    grown: bar('grown'),
    shrunk: bar('shrunk'),
    unchanged: bar('unchanged'),
    new: bar('new'),
    returned: bar('returned'),
    lost: bar('lost'),
  },
  clients,
  origin: { year: 2025, existingCents: 320, returnedCents: 30, newCents: 70, basisPoints: null },
};

describe('the revenue bridge as a waterfall', () => {
  it('floats every step on the running total, from last year to this year', () => {
    expect(waterfall(bridge).map((b) => [b.step, b.baseCents, b.sizeCents, b.direction])).toEqual([
      ['start', 0, 400, 'total'],
      ['grown', 400, 50, 'up'],
      ['shrunk', 370, 80, 'down'],
      ['new', 370, 70, 'up'],
      ['returned', 440, 30, 'up'],
      ['lost', 420, 50, 'down'],
      ['end', 0, 420, 'total'],
    ]);
  });

  it('adds the table up to this year’s revenue, with the clients of every row', () => {
    const { rows, sum } = bridgeRows(bridge);
    expect(rows.map((row) => [row.step, row.clients, row.effectCents])).toEqual([
      ['start', 5, 400],
      ['grown', 1, 50],
      ['shrunk', 1, -80],
      ['unchanged', 1, 0],
      ['new', 1, 70],
      ['returned', 1, 30],
      ['lost', 2, -50],
    ]);
    expect(sum).toEqual({ step: 'end', clients: 5, effectCents: 420, growth: 0.05 });
    expect(rows[1]!.growth).toBe(0.125);
  });

  it('lists the clients behind a bar, largest first', () => {
    expect(clientsOfStep(bridge, 'lost').map((c) => c.name)).toEqual(['Zeta', 'Eta']);
    expect(clientsOfStep(bridge, 'start').map((c) => c.name)).toEqual([
      'Beta',
      'Alfa',
      'Gamma',
      'Zeta',
      'Eta',
    ]);
    expect(clientsOfStep(bridge, 'end').map((c) => c.name)).toEqual([
      'Alfa',
      'Beta',
      'Delta',
      'Gamma',
      'Epsilon',
    ]);
  });

  it('has no growth percentage in a first year', () => {
    const first = { ...bridge, startCents: 0 };
    expect(bridgeRows(first).rows[1]!.growth).toBeNull();
  });
});
