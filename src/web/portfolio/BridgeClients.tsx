// The clients behind one bar of the revenue bridge, in a side panel: last year, this year and
// the effect, each leading to the organisation. Long lists come in pages.
import { Anchor, Drawer, Stack, Table, Text } from '@mantine/core';
import { ListPagination } from '../ui/ListPagination.tsx';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { clientsOfStep, type BridgeStep } from './bridgeSteps.ts';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import type { RevenueBridge } from './queries.ts';
import { signedMoney } from '../shared/signedMoney.ts';
import { stepLabel } from './stepLabel.ts';
import { ScrollRegion } from '../shared/ScrollTable.tsx';

const pageSize = 50;

export function BridgeClients(props: {
  bridge: RevenueBridge;
  step: BridgeStep | null;
  currency: string;
  startMonth: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { bridge, step, currency, startMonth } = props;
  const [page, setPage] = useState(1);
  useEffect(() => setPage(1), [step, bridge]);
  const clients = step ? clientsOfStep(bridge, step) : [];
  const pages = Math.ceil(clients.length / pageSize);
  const shown = clients.slice((page - 1) * pageSize, page * pageSize);
  const money = (cents: number) => formatMoney(cents, currency, language);
  const title = step ? stepLabel(step, { t, year: bridge.year, startMonth }) : '';

  return (
    <Drawer
      opened={step !== null}
      onClose={props.onClose}
      position="right"
      size="xl"
      title={title}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {step && step !== 'start' && step !== 'end'
            ? `${signedMoney(bridge.bars[step].effectCents, currency, language)} · `
            : ''}
          {t('bridge.clients.count', {
            count: clients.length,
            formattedCount: formatNumber(clients.length, language),
          })}
        </Text>
        {(step === 'lost' || step === 'returned') && (
          // the reasons and revenue behind these two bars live with the lost clients
          <Anchor component={Link} to={`/clients/lost?year=${bridge.year}`} size="sm">
            {t('lost.bridgeLink')}
          </Anchor>
        )}
        {clients.length === 0 ? (
          <Text>{t('bridge.clients.empty')}</Text>
        ) : (
          <ScrollRegion className="bridge-table-scroll" label={title}>
            <Table className="bridge-table" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('bridge.clients.name')}</Table.Th>
                  <Table.Th className="numeric">
                    {fiscalYearLabel(bridge.year - 1, startMonth)}
                  </Table.Th>
                  <Table.Th className="numeric">
                    {fiscalYearLabel(bridge.year, startMonth)}
                  </Table.Th>
                  <Table.Th className="numeric">{t('bridge.clients.effect')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((client) => (
                  <Table.Tr key={client.clientId}>
                    <Table.Td className="name">
                      <Anchor component={Link} to={`/organizations/${client.clientId}`} size="sm">
                        {client.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td className="numeric">{money(client.previousCents)}</Table.Td>
                    <Table.Td className="numeric">{money(client.currentCents)}</Table.Td>
                    <Table.Td className="numeric">
                      {signedMoney(client.effectCents, currency, language)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
        <ListPagination pages={pages} page={page} onChange={setPage} />
      </Stack>
    </Drawer>
  );
}
