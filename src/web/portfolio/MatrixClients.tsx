// The clients of one quadrant of the portfolio matrix, in a side panel, largest first; each
// leads to the organisation. Long lists come in pages.
import { Anchor, Drawer, Stack, Table, Text } from '@mantine/core';
import { ListPagination } from '../ui/ListPagination.tsx';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber, formatPercent } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import type { PortfolioMatrix, Quadrant } from './queries.ts';
import { ScrollRegion } from '../shared/ScrollTable.tsx';

const pageSize = 50;

export function MatrixClients(props: {
  matrix: PortfolioMatrix;
  quadrant: Quadrant | null;
  currency: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { matrix, quadrant, currency } = props;
  const [page, setPage] = useState(1);
  useEffect(() => setPage(1), [quadrant, matrix]);
  const clients = quadrant
    ? matrix.clients
        .filter((client) => client.quadrant === quadrant)
        .sort((a, b) => b.valueCents - a.valueCents)
    : [];
  const pages = Math.ceil(clients.length / pageSize);
  const title = quadrant ? t(`portfolio.matrix.quadrants.${quadrant}`) : '';

  return (
    <Drawer
      opened={quadrant !== null}
      onClose={props.onClose}
      position="right"
      size="xl"
      title={title}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {quadrant ? `${t(`portfolio.matrix.explain.${quadrant}`)} ` : ''}
          {t('bridge.clients.count', {
            count: clients.length,
            formattedCount: formatNumber(clients.length, language),
          })}
        </Text>
        <ScrollRegion className="bridge-table-scroll" label={title}>
          <Table className="bridge-table" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bridge.clients.name')}</Table.Th>
                <Table.Th className="numeric">{t('portfolio.matrix.revenueColumn')}</Table.Th>
                <Table.Th className="numeric">{t('portfolio.matrix.growth')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {clients.slice((page - 1) * pageSize, page * pageSize).map((client) => (
                <Table.Tr key={client.clientId}>
                  <Table.Td className="name">
                    <Anchor component={Link} to={`/organizations/${client.clientId}`} size="sm">
                      {client.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td className="numeric">
                    {formatMoney(client.valueCents, currency, language)}
                  </Table.Td>
                  <Table.Td className="numeric">
                    {client.growth === null ? (
                      <span title={t('portfolio.matrix.growthNone')}>—</span>
                    ) : (
                      formatPercent(client.growth, language, { digits: 0, signed: true })
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
        <ListPagination pages={pages} page={page} onChange={setPage} />
      </Stack>
    </Drawer>
  );
}
