// The clients of the review in a table that renders only the rows in view, so 20,000 clients
// scroll as smoothly as 20. Clients that may cost more than they bring stand out; a client's
// name opens its review.
import { Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber, formatPercent } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { relationshipLength } from '../shared/relationshipLength.ts';
import { formatShare } from '../shared/share.ts';
import { DecisionBadge } from './DecisionBadge.tsx';
import type { ReviewClient } from './queries.ts';
import { ScrollRegion } from '../shared/ScrollTable.tsx';

const rowHeight = 41;
const columns = [
  { key: 'name', width: undefined, numeric: false },
  { key: 'revenue', width: 128, numeric: true },
  { key: 'share', width: 84, numeric: true },
  { key: 'relationship', width: 108, numeric: true },
  { key: 'revenuePerHour', width: 148, numeric: true },
  { key: 'creditNotes', width: 108, numeric: true },
  { key: 'growth', width: 80, numeric: true },
  { key: 'decision', width: 176, numeric: false },
] as const;

const perHourFlags = new Set(['revenue_per_hour_below_rate', 'revenue_per_hour_below_median']);
const creditNoteFlags = new Set(['many_credit_notes', 'high_credit_note_share']);

export function ReviewTable(props: {
  rows: ReviewClient[];
  currency: string;
  onOpen: (client: ReviewClient) => void;
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
  // another filter starts at the top
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [props.rows.length]);

  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const money = (cents: number) => formatMoney(cents, props.currency, language);
  const alert = (flagged: boolean) => (flagged ? { c: 'red.9', fw: 600 } : {});

  return (
    <ScrollRegion ref={scrollRef} className="portfolio-table-scroll" label={t('review.title')}>
      <Table
        className="portfolio-table review-table"
        stickyHeader
        aria-rowcount={props.rows.length + 1}
      >
        <colgroup>
          {columns.map(({ key, width }) => (
            <col key={key} style={width ? { width } : undefined} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map(({ key, numeric }) => (
              <Table.Th key={key} className={numeric ? 'numeric' : undefined}>
                {t(`review.columns.${key}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 && <Spacer height={before} />}
          {items.map((item) => {
            const client = props.rows[item.index]!;
            const flagged = client.costsMoreThanItBrings;
            const flagText = client.flags.map((flag) => t(`review.flags.${flag}`)).join('; ');
            return (
              <Table.Tr
                key={client.id}
                aria-rowindex={item.index + 2}
                className={flagged ? 'review-flagged' : undefined}
              >
                <Table.Td className="name">
                  <UnstyledButton
                    className="review-open"
                    onClick={() => props.onOpen(client)}
                    aria-label={t('review.open', { name: client.name })}
                  >
                    {flagged && (
                      <IconAlertTriangle
                        size={16}
                        color="var(--mantine-color-orange-9)"
                        aria-hidden="true"
                        style={{ flex: 'none' }}
                      />
                    )}
                    <span className="review-name">{client.name}</span>
                  </UnstyledButton>
                  {flagged && (
                    <VisuallyHidden>{`${t('review.costsMore')}: ${flagText}`}</VisuallyHidden>
                  )}
                </Table.Td>
                <Table.Td className="numeric">{money(client.revenueCents)}</Table.Td>
                <Table.Td className="numeric">
                  {client.shareBasisPoints === null
                    ? '—'
                    : formatShare(client.shareBasisPoints, language)}
                </Table.Td>
                <Table.Td className="numeric">
                  {relationshipLength(client.relationship?.totalMonths ?? null, t)}
                </Table.Td>
                <Table.Td className="numeric">
                  <Text
                    span
                    size="sm"
                    {...alert(client.flags.some((flag) => perHourFlags.has(flag)))}
                  >
                    {client.revenuePerHourCents === null ? '—' : money(client.revenuePerHourCents)}
                  </Text>
                </Table.Td>
                <Table.Td className="numeric">
                  <Text
                    span
                    size="sm"
                    {...alert(client.flags.some((flag) => creditNoteFlags.has(flag)))}
                  >
                    {formatNumber(client.creditNoteCount, language)}
                  </Text>
                </Table.Td>
                <Table.Td className="numeric">
                  {client.changeRatio === null
                    ? '—'
                    : formatPercent(client.changeRatio, language, { digits: 0, signed: true })}
                </Table.Td>
                <Table.Td>
                  <DecisionBadge decision={client.decision?.decision} />
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
