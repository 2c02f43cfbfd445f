// The clients of the year in a table that renders only the rows in view, so 20,000 clients
// scroll as smoothly as 20. The header stays; every column sorts.
import { Anchor, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber, formatPercent } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { AbcBadge } from './AbcBadge.tsx';
import type { ClientColumn, ClientSort, RankedClient } from './clientTable.ts';
import { relationshipLength } from '../shared/relationshipLength.ts';
import { formatShare } from '../shared/share.ts';
import { SortHeader } from './SortHeader.tsx';
import { ScrollRegion } from '../shared/ScrollTable.tsx';

const rowHeight = 41;
/** The rank's column, beside which the client's name stays in view on a narrow screen. */
const rankWidth = 64;

const columns: { column: ClientColumn; width: number | undefined; numeric: boolean }[] = [
  { column: 'rank', width: rankWidth, numeric: true },
  { column: 'name', width: undefined, numeric: false },
  { column: 'revenue', width: 128, numeric: true },
  { column: 'share', width: 136, numeric: true },
  { column: 'abcClass', width: 72, numeric: false },
  { column: 'growth', width: 80, numeric: true },
  { column: 'margin', width: 120, numeric: true },
  { column: 'hours', width: 72, numeric: true },
  { column: 'assignments', width: 116, numeric: true },
  { column: 'relationship', width: 120, numeric: true },
];

export function ClientTable(props: {
  rows: RankedClient[];
  sort: ClientSort;
  onSort: (column: ClientColumn) => void;
  currency: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: props.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  // a new order or filter starts at the top
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [props.sort, props.rows.length]);

  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const money = (cents: number) => formatMoney(cents, props.currency, language);
  const label = (column: ClientColumn) =>
    column === 'abcClass'
      ? t('portfolio.table.columns.abcClass')
      : t(`portfolio.table.columns.${column}`);

  return (
    <ScrollRegion
      ref={scrollRef}
      className="portfolio-table-scroll"
      label={t('portfolio.table.title')}
    >
      <Table
        className="portfolio-table ranked"
        style={{ '--rank-width': `${rankWidth}px` }}
        stickyHeader
        aria-rowcount={props.rows.length + 1}
      >
        <colgroup>
          {columns.map(({ column, width }) => (
            <col key={column} style={width ? { width } : undefined} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map(({ column, numeric }) => (
              <SortHeader
                key={column}
                column={column}
                label={label(column)}
                sort={props.sort}
                onSort={props.onSort}
                numeric={numeric}
              />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 && <Spacer height={before} />}
          {items.map((item) => {
            const client = props.rows[item.index]!;
            return (
              <Table.Tr key={client.id} aria-rowindex={item.index + 2}>
                <Table.Td className="numeric">{formatNumber(client.rank, language)}</Table.Td>
                <Table.Td className="name">
                  <Anchor
                    component={Link}
                    to={`/organizations/${client.id}`}
                    size="sm"
                    c="inherit"
                    fw={500}
                  >
                    {client.name}
                  </Anchor>
                </Table.Td>
                <Table.Td className="numeric">{money(client.revenueCents)}</Table.Td>
                <Table.Td className="numeric">{formatShare(client.basisPoints, language)}</Table.Td>
                <Table.Td>
                  <AbcBadge abcClass={client.abcClass} />
                </Table.Td>
                <Table.Td className="numeric">
                  {client.changeRatio === null ? (
                    <span title={t('portfolio.table.growthNone')}>—</span>
                  ) : (
                    <Text
                      span
                      size="sm"
                      c={
                        client.changeRatio < 0
                          ? 'red.9'
                          : client.changeRatio > 0
                            ? 'teal.9'
                            : undefined
                      }
                    >
                      {formatPercent(client.changeRatio, language, { digits: 0, signed: true })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td className="numeric">
                  {client.marginCents === null ? '—' : money(client.marginCents)}
                </Table.Td>
                <Table.Td className="numeric">
                  {client.hours === null ? '—' : formatNumber(Math.round(client.hours), language)}
                </Table.Td>
                <Table.Td className="numeric">
                  {formatNumber(client.assignments, language)}
                </Table.Td>
                <Table.Td className="numeric">
                  {relationshipLength(client.relationshipMonths, t)}
                </Table.Td>
              </Table.Tr>
            );
          })}
          {after > 0 && <Spacer height={after} />}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

/** Stands in for the rows out of view, so the scroll bar shows the whole list. */
function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true">
      <td colSpan={columns.length} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
