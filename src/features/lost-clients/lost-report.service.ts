// What the firm learns from its lost clients (method §8): the reasons per year and category with
// the revenue they took, and the reasons behind the revenue bridge's "lost" and "won back" bars.
// The bars stay the bridge's own (decision 0037): this only puts the recorded losses beside them.
import { lostReport } from '../../core/winback/lost-report.ts';
import type { Db } from '../../db/connection.ts';
import { schemeOrPrimary, toScheme } from '../choosing/categories.service.ts';
import { bridgeReport } from '../portfolio/portfolio.service.ts';
import { fiscalYearStartOf } from '../workspace/workspace.service.ts';
import { lossesOfFirm } from './client-losses.repo.ts';
import { lossViews, type LossView } from './loss-views.ts';
import { listLostReasons } from './lost-reasons.service.ts';

export async function lostClientsReport(db: Db, workspaceId: string) {
  const [views, reasons, startMonth, scheme] = await Promise.all([
    lossesOfFirm(db, workspaceId).then((rows) => lossViews(db, workspaceId, rows)),
    listLostReasons(db, workspaceId),
    fiscalYearStartOf(db, workspaceId),
    schemeOrPrimary(db, workspaceId),
  ]);
  const categories = scheme ? toScheme(scheme).scheme.categories : [];
  const groups = lostReport(
    views.map((view) => ({
      lostOn: view.lostOn,
      reasonId: view.reasonId,
      category: view.category,
      revenueCents: view.revenueCents,
      wonBack: view.wonBackOn !== null,
    })),
    startMonth,
    categories.map((category) => category.key),
  );
  return {
    categories: categories.map((category) => ({ key: category.key, name: category.name })),
    reasons,
    groups,
    losses: views.reverse(),
  };
}

type BridgeLine = {
  clientId: string;
  name: string;
  previousCents: number;
  currentCents: number;
  /** The loss the firm recorded; null: none recorded. */
  loss: LossView | null;
};

/**
 * The clients of the bridge's "lost" and "won back" bars of a year, each with its recorded loss:
 * for a lost client its latest loss, for one won back the latest loss it was won back from.
 */
export async function bridgeLosses(db: Db, workspaceId: string, year: number) {
  const bridge = await bridgeReport(db, workspaceId, year);
  const inBars = bridge.clients.filter(
    (client) => client.group === 'lost' || client.group === 'returned',
  );
  const [views, reasons] = await Promise.all([
    lossesOfFirm(
      db,
      workspaceId,
      inBars.map((client) => client.clientId),
    ).then((rows) => lossViews(db, workspaceId, rows)),
    listLostReasons(db, workspaceId),
  ]);
  const latest = (clientId: string, wonBack: boolean) =>
    views
      .filter((view) => view.organizationId === clientId && (!wonBack || view.wonBackOn !== null))
      .at(-1) ?? null;
  const line =
    (wonBack: boolean) =>
    (client: (typeof inBars)[number]): BridgeLine => ({
      clientId: client.clientId,
      name: client.name,
      previousCents: client.previousCents,
      currentCents: client.currentCents,
      loss: latest(client.clientId, wonBack),
    });
  return {
    year,
    reasons,
    lost: {
      amountCents: bridge.bars.lost.amountCents,
      clients: inBars.filter((client) => client.group === 'lost').map(line(false)),
    },
    returned: {
      amountCents: bridge.bars.returned.amountCents,
      clients: inBars.filter((client) => client.group === 'returned').map(line(true)),
    },
  };
}
