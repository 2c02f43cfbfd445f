// The revenue bridge as files: the table of its steps, and every client behind the bars with the
// group it falls in, in full amounts rather than the rounded ones on screen.
import type { TFunction } from 'i18next';
import type { ExportTable } from '../export/table.ts';
import { bridgeGroups, bridgeRows, clientsOfStep, type BridgeStep } from './bridgeSteps.ts';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import type { RevenueBridge } from './queries.ts';
import { stepLabel } from './stepLabel.ts';

type Options = { t: TFunction; currency: string; startMonth: number };

/** The steps from last year's revenue to this year's, the sum as the last row. */
export function bridgeExportTable(
  bridge: RevenueBridge,
  { t, currency, startMonth }: Options,
): ExportTable {
  const { rows, sum } = bridgeRows(bridge);
  const label = (step: BridgeStep) => stepLabel(step, { t, year: bridge.year, startMonth });
  const previous = fiscalYearLabel(bridge.year - 1, startMonth);
  return {
    name: t('bridge.title'),
    columns: [
      { header: t('bridge.table.step'), kind: 'text' },
      { header: t('bridge.table.clients'), kind: 'integer' },
      { header: `${t('bridge.table.amount')} (${currency})`, kind: 'money' },
      { header: `${t('bridge.table.growth', { year: previous })} (%)`, kind: 'percent' },
    ],
    rows: [...rows, sum].map((row) => [
      label(row.step),
      row.clients,
      row.effectCents / 100,
      row.growth,
    ]),
  };
}

/** Every client of the bridge once, by group in the order of the table, largest effect first. */
export function bridgeClientsExportTable(
  bridge: RevenueBridge,
  { t, currency, startMonth }: Options,
): ExportTable {
  const money = (header: string) => `${header} (${currency})`;
  return {
    name: t('bridge.clients.sheet'),
    columns: [
      { header: t('bridge.clients.name'), kind: 'text' },
      { header: t('bridge.clients.group'), kind: 'text' },
      { header: money(stepLabel('start', { t, year: bridge.year, startMonth })), kind: 'money' },
      { header: money(stepLabel('end', { t, year: bridge.year, startMonth })), kind: 'money' },
      { header: money(t('bridge.clients.effect')), kind: 'money' },
    ],
    rows: bridgeGroups.flatMap((group) =>
      clientsOfStep(bridge, group).map((client) => [
        client.name,
        t(`bridge.steps.${group}`),
        client.previousCents / 100,
        client.currentCents / 100,
        client.effectCents / 100,
      ]),
    ),
  };
}
