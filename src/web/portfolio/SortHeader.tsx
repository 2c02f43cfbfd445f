// A column header that sorts the table by its column; screen readers hear the order.
import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ClientColumn, ClientSort } from './clientTable.ts';

export function SortHeader(props: {
  column: ClientColumn;
  label: string;
  sort: ClientSort;
  onSort: (column: ClientColumn) => void;
  numeric?: boolean;
}) {
  const { t } = useTranslation();
  const active = props.sort.column === props.column;
  const Icon = !active ? IconArrowsSort : props.sort.descending ? IconArrowDown : IconArrowUp;
  return (
    <Table.Th
      aria-sort={active ? (props.sort.descending ? 'descending' : 'ascending') : undefined}
      className={props.numeric ? 'numeric' : undefined}
    >
      <UnstyledButton
        onClick={() => props.onSort(props.column)}
        title={t('portfolio.table.sortBy', { column: props.label })}
        className="sort-button"
      >
        <Group gap={4} wrap="nowrap" justify={props.numeric ? 'flex-end' : 'flex-start'}>
          <span>{props.label}</span>
          <Icon size={14} aria-hidden="true" style={{ opacity: active ? 1 : 0.5, flex: 'none' }} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
