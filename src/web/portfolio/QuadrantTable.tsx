// The portfolio matrix as a table: every quadrant with what it means, its clients and its
// revenue. A quadrant opens its clients.
import { Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatBasisPoints, formatMoney, formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { quadrants, quadrantSummaries } from './matrixPoints.ts';
import type { PortfolioMatrix, Quadrant } from './queries.ts';
import { ScrollRegion } from '../shared/ScrollTable.tsx';

export function QuadrantTable(props: {
  matrix: PortfolioMatrix;
  currency: string;
  onQuadrant: (quadrant: Quadrant) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const summaries = quadrantSummaries(props.matrix.clients);
  const total = quadrants.reduce((sum, quadrant) => sum + summaries[quadrant].revenueCents, 0);

  return (
    <ScrollRegion className="bridge-table-scroll" label={t('portfolio.matrix.title')}>
      <Table className="bridge-table" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('portfolio.matrix.quadrant')}</Table.Th>
            <Table.Th className="numeric">{t('portfolio.matrix.clients')}</Table.Th>
            <Table.Th className="numeric">{t('portfolio.matrix.revenueColumn')}</Table.Th>
            <Table.Th className="numeric">{t('portfolio.matrix.share')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {quadrants.map((quadrant) => {
            const name = t(`portfolio.matrix.quadrants.${quadrant}`);
            return (
              <Table.Tr key={quadrant}>
                <Table.Th scope="row" fw={400}>
                  <UnstyledButton
                    className="bridge-step"
                    onClick={() => props.onQuadrant(quadrant)}
                    aria-label={t('portfolio.matrix.showClients', { quadrant: name })}
                  >
                    <Text span fw={600} size="sm">
                      {name}
                    </Text>
                  </UnstyledButton>
                  <Text size="xs" c="dimmed">
                    {t(`portfolio.matrix.explain.${quadrant}`)}
                  </Text>
                </Table.Th>
                <Table.Td className="numeric">
                  {formatNumber(summaries[quadrant].clients, language)}
                </Table.Td>
                <Table.Td className="numeric">
                  {formatMoney(summaries[quadrant].revenueCents, props.currency, language)}
                </Table.Td>
                <Table.Td className="numeric">
                  {total > 0
                    ? formatBasisPoints(
                        (summaries[quadrant].revenueCents / total) * 10_000,
                        language,
                      )
                    : ''}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
