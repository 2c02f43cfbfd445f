// Every prospect with its fit to the profile, best first as the server sorts them, and why: the
// traits that fit, those that do not and those not known of the prospect. Only the rows in view
// render, so thousands of prospects scroll smoothly; a row is as tall as its reasons, measured
// once it renders.
import { Anchor, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../shared/ScrollTable.tsx';
import { fitColor, spokenReasons, type ProspectFit } from './prospectProfile.ts';

/** A row with its fit and two or three reasons; the real height replaces it once measured. */
const estimatedRowHeight = 64;

export function ProspectFitTable(props: { items: readonly ProspectFit[] }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: props.items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    getItemKey: (index) => props.items[index]!.id,
    overscan: 8,
  });

  const rows = virtualizer.getVirtualItems();
  const before = rows[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0);

  return (
    <ScrollRegion
      ref={scrollRef}
      className="portfolio-table-scroll"
      label={t('prospects.list.title')}
    >
      <Table
        className="prospect-table"
        stickyHeader
        highlightOnHover
        verticalSpacing="xs"
        aria-label={t('prospects.list.title')}
        aria-rowcount={props.items.length + 1}
      >
        <colgroup>
          <col style={{ width: '34%' }} />
          <col style={{ width: 200 }} />
          <col />
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th>{t('prospects.list.columns.name')}</Table.Th>
            <Table.Th>{t('prospects.list.columns.fit')}</Table.Th>
            <Table.Th>{t('prospects.list.columns.reasons')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 && <Spacer height={before} />}
          {rows.map((row) => {
            const prospect = props.items[row.index]!;
            return (
              <Table.Tr
                key={row.key}
                data-index={row.index}
                ref={virtualizer.measureElement}
                aria-rowindex={row.index + 2}
              >
                <Table.Td>
                  <Anchor component={Link} to={`/organizations/${prospect.id}`} size="sm">
                    {prospect.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <FitBar prospect={prospect} />
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    {spokenReasons(prospect.reasons).map((reason) => (
                      <Text
                        key={reason.trait}
                        size="xs"
                        c={reason.outcome === 'matched' ? undefined : 'dimmed'}
                      >
                        {t(`prospects.reasons.${reason.outcome}`, {
                          trait: t(`prospects.reasonTraits.${reason.trait}`),
                          values: reason.values,
                        })}
                      </Text>
                    ))}
                  </Stack>
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

function FitBar({ prospect }: { prospect: ProspectFit }) {
  const { t } = useTranslation();
  if (prospect.fit === null)
    return (
      <Text size="sm" c="dimmed">
        {t('prospects.list.unknownFit')}
      </Text>
    );
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="nowrap">
        <Progress
          value={prospect.fit}
          color={fitColor(prospect.fit)}
          size="md"
          radius="sm"
          w={110}
          aria-label={t('prospects.list.fitLabel', { fit: prospect.fit })}
        />
        <Text size="sm" fw={500}>
          {prospect.fit}%
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {t('prospects.list.compared', {
          matched: prospect.matched,
          compared: prospect.compared,
        })}
      </Text>
    </Stack>
  );
}

function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true">
      <td colSpan={3} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
