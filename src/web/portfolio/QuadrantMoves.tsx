// The matrix over time: how many clients went from which quadrant to which since the year
// before, the stayers in one line; a row opens the clients who made that move.
import { Anchor, Paper, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { Loading, LoadFailed } from '../ui/QueryState.tsx';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import { useMatrixMoves, type MatrixMoves } from './queries.ts';

type Pair = MatrixMoves['counts'][number];

const keyOf = (pair: Pick<Pair, 'from' | 'to'>) => `${pair.from}|${pair.to}`;

export function QuadrantMoves(props: { year: number; startMonth: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const moves = useMatrixMoves(props.year);
  const [open, setOpen] = useState<string | null>(null);
  const place = (quadrant: Pair['from']) =>
    quadrant === null
      ? t('portfolio.matrix.moves.notPlaced')
      : t(`portfolio.matrix.quadrants.${quadrant}`);

  if (moves.isPending) return <Loading />;
  if (moves.error) return <LoadFailed error={moves.error} retry={() => void moves.refetch()} />;
  const data = moves.data;
  const changed = data.counts.filter((pair) => pair.from !== pair.to);
  const previous = fiscalYearLabel(data.previousYear, props.startMonth);
  const current = fiscalYearLabel(data.year, props.startMonth);
  const clients = data.moves.filter((move) => keyOf(move) === open);

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('portfolio.matrix.moves.title', { previous, current })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('portfolio.matrix.moves.stayed', {
            count: data.stayed,
            formattedCount: formatNumber(data.stayed, language),
          })}
        </Text>
        {changed.length === 0 ? (
          <Text size="sm">{t('portfolio.matrix.moves.none')}</Text>
        ) : (
          <Table className="bridge-table" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('portfolio.matrix.moves.from', { year: previous })}</Table.Th>
                <Table.Th>{t('portfolio.matrix.moves.to', { year: current })}</Table.Th>
                <Table.Th className="numeric">{t('portfolio.matrix.clients')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changed.map((pair) => (
                <Table.Tr key={keyOf(pair)}>
                  <Table.Td>{place(pair.from)}</Table.Td>
                  <Table.Td>{place(pair.to)}</Table.Td>
                  <Table.Td className="numeric">
                    <UnstyledButton
                      className="bridge-step"
                      aria-expanded={open === keyOf(pair)}
                      onClick={() => setOpen(open === keyOf(pair) ? null : keyOf(pair))}
                      aria-label={t('portfolio.matrix.moves.show', {
                        from: place(pair.from),
                        to: place(pair.to),
                      })}
                    >
                      {formatNumber(pair.clients, language)}
                    </UnstyledButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {clients.length > 0 && (
          <Text size="sm" component="div">
            {clients.map((move, index) => (
              <span key={move.clientId}>
                {index > 0 && ', '}
                <Anchor component={Link} to={`/organizations/${move.clientId}`}>
                  {move.name}
                </Anchor>
              </span>
            ))}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
