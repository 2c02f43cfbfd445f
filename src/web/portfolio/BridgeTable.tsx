// The revenue bridge as a table: every step with its clients and its effect against last
// year's revenue, and the sum line that shows the identity holds. A row opens its clients.
import { Table, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber, formatPercent } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { bridgeRows, type BridgeRow, type BridgeStep } from './bridgeSteps.ts';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import type { RevenueBridge } from './queries.ts';
import { signedMoney } from '../shared/signedMoney.ts';
import { stepLabel } from './stepLabel.ts';
import { ScrollRegion } from '../shared/ScrollTable.tsx';

export function BridgeTable(props: {
  bridge: RevenueBridge;
  currency: string;
  startMonth: number;
  onStep: (step: BridgeStep) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { bridge, currency, startMonth } = props;
  const { rows, sum } = bridgeRows(bridge);
  const label = (step: BridgeStep) => stepLabel(step, { t, year: bridge.year, startMonth });
  const growth = (row: BridgeRow) =>
    row.growth === null ? '' : formatPercent(row.growth, language, { signed: true, fixed: true });

  const amount = (row: BridgeRow) =>
    row.step === 'start' || row.step === 'end'
      ? formatMoney(row.effectCents, currency, language)
      : signedMoney(row.effectCents, currency, language);

  const cells = (row: BridgeRow, prefix = '') => (
    <>
      <Table.Th scope="row" fw={row.step === 'end' || row.step === 'start' ? 700 : 400}>
        <UnstyledButton
          onClick={() => props.onStep(row.step)}
          className="bridge-step"
          aria-label={t('bridge.table.showClients', { step: label(row.step) })}
        >
          {prefix}
          {label(row.step)}
        </UnstyledButton>
      </Table.Th>
      <Table.Td className="numeric">{formatNumber(row.clients, language)}</Table.Td>
      <Table.Td className="numeric">{amount(row)}</Table.Td>
      <Table.Td className="numeric">{growth(row)}</Table.Td>
    </>
  );

  return (
    <ScrollRegion className="bridge-table-scroll" label={t('bridge.title')}>
      <Table className="bridge-table" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('bridge.table.step')}</Table.Th>
            <Table.Th className="numeric">{t('bridge.table.clients')}</Table.Th>
            <Table.Th className="numeric">{t('bridge.table.amount')}</Table.Th>
            <Table.Th className="numeric">
              {t('bridge.table.growth', { year: fiscalYearLabel(bridge.year - 1, startMonth) })}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.step}>{cells(row)}</Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr className="bridge-sum">{cells(sum, '= ')}</Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollRegion>
  );
}
