// The scoring matrix as a spreadsheet (method.md §3.2): clients as rows, the active criteria as
// columns with their weights, then total, grade and category. Only the rows in view render, so
// 5,000 clients scroll smoothly. The grid holds the focus and marks one active cell; arrows and
// Tab move it, a digit scores it, Backspace or Delete clears it.
import { Anchor, Group, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  IconAlertTriangle,
  IconArrowDown,
  IconArrowUp,
  IconArrowsSort,
  IconCheck,
  IconCircleDashed,
  IconDatabase,
  IconHandStop,
} from '@tabler/icons-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { formatGrade } from './boundaries.ts';
import { CategoryBadge } from './CategoryBadge.tsx';
import { categoryLabel, criterionLabel } from './choosingLabels.ts';
import { moveCell, scoreKey, type Cell } from './matrixGrid.ts';
import type { MatrixColumn, MatrixSort } from './matrixRows.ts';
import type { Category, Criterion, MatrixClient } from './queries.ts';

const rowHeight = 41;
const disagreementFlag = 1;
const agreedFlag = 2;

export function ScoringTable(props: {
  rows: readonly MatrixClient[];
  criteria: readonly Criterion[];
  categories: readonly Category[];
  sort: MatrixSort;
  onSort: (column: MatrixColumn) => void;
  canScore: boolean;
  onScore: (client: MatrixClient, criterionIndex: number, score: number | null) => void;
  /** A score typed into a cell scored from the figures, which cannot take one. */
  onTypedIntoData: (criterion: Criterion) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<Cell>({ row: 0, column: 0 });
  const virtualizer = useVirtualizer({
    count: props.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    setActive((cell) => ({ ...cell, row: 0 }));
  }, [props.sort, props.rows.length]);

  const size = { rows: props.rows.length, columns: props.criteria.length };
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = moveCell(active, event.key, event.shiftKey, size);
    if (next) {
      // Tab at the first or last cell leaves the grid
      if (event.key === 'Tab' && next.row === active.row && next.column === active.column) return;
      event.preventDefault();
      setActive(next);
      virtualizer.scrollToIndex(next.row);
      return;
    }
    const client = props.rows[active.row];
    const criterion = props.criteria[active.column];
    if (!client || !criterion || !props.canScore) return;
    if (criterion.source === 'data') {
      // any digit or clearing key: say why this cell takes no score instead of doing nothing
      if (scoreKey(event.key, 9) === null) return;
      event.preventDefault();
      props.onTypedIntoData(criterion);
      return;
    }
    const action = scoreKey(event.key, criterion.scaleMax);
    if (!action) return;
    event.preventDefault();
    props.onScore(client, active.column, action.kind === 'set' ? action.score : null);
  };

  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columnCount = props.criteria.length + 4;
  const cellId = (cell: Cell) => `score-${cell.row}-${cell.column}`;

  return (
    <div ref={scrollRef} className="portfolio-table-scroll scoring-scroll">
      <Table
        ref={gridRef}
        className="portfolio-table scoring-table"
        stickyHeader
        role="grid"
        aria-label={t('choosing.matrix.title')}
        tabIndex={0}
        onKeyDown={onKeyDown}
        aria-activedescendant={size.rows > 0 && size.columns > 0 ? cellId(active) : undefined}
        aria-rowcount={props.rows.length + 1}
        style={{ minWidth: 420 + props.criteria.length * 96 }}
      >
        <colgroup>
          <col style={{ width: 220 }} />
          {props.criteria.map((criterion) => (
            <col key={criterion.id} style={{ width: 96 }} />
          ))}
          <col style={{ width: 72 }} />
          <col style={{ width: 68 }} />
          <col style={{ width: 112 }} />
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Header column="name" label={t('choosing.matrix.columns.name')} {...props} />
            {props.criteria.map((criterion) => (
              <Header
                key={criterion.id}
                column={`criterion:${criterion.id}`}
                label={criterionLabel(criterion, t)}
                note={t('choosing.matrix.weight', { weight: criterion.weight })}
                numeric
                {...props}
              />
            ))}
            <Header column="total" label={t('choosing.matrix.columns.total')} numeric {...props} />
            <Header column="grade" label={t('choosing.matrix.columns.grade')} numeric {...props} />
            <Header column="category" label={t('choosing.matrix.columns.category')} {...props} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 && <Spacer height={before} columns={columnCount} />}
          {items.map((item) => {
            const client = props.rows[item.index]!;
            return (
              <Table.Tr key={client.id} aria-rowindex={item.index + 2}>
                <Table.Td className="name">
                  <Anchor
                    component={Link}
                    to={`/organizations/${client.id}`}
                    size="sm"
                    c="inherit"
                    fw={500}
                    tabIndex={-1}
                  >
                    {client.name}
                  </Anchor>
                </Table.Td>
                {props.criteria.map((criterion, column) => {
                  const cell = { row: item.index, column };
                  const isActive = active.row === item.index && active.column === column;
                  return (
                    <ScoreCell
                      key={criterion.id}
                      id={cellId(cell)}
                      active={isActive}
                      score={client.scores[column] ?? null}
                      flags={client.flags[column] ?? 0}
                      fromData={criterion.source === 'data'}
                      label={t('choosing.matrix.cellLabel', {
                        criterion: criterionLabel(criterion, t),
                        client: client.name,
                      })}
                      onClick={() => {
                        setActive(cell);
                        gridRef.current?.focus({ preventScroll: true });
                      }}
                    />
                  );
                })}
                <Table.Td className="numeric" data-column="total">
                  {formatNumber(client.total, language)}
                </Table.Td>
                <Table.Td className="numeric" data-column="grade">
                  <Group gap={3} justify="flex-end" wrap="nowrap">
                    {client.unscoredCriteria > 0 && client.unscoredCriteria < size.columns && (
                      <NotFullyScored count={client.unscoredCriteria} />
                    )}
                    <span>{formatGrade(client.grade, language)}</span>
                  </Group>
                </Table.Td>
                <Table.Td data-column="category">
                  <Group gap={4} wrap="nowrap">
                    <CategoryBadge categoryKey={client.category} categories={props.categories} />
                    {client.overridden && (
                      <Tooltip
                        label={t('choosing.matrix.overridden', {
                          reason: client.overrideReason ?? '',
                        })}
                        multiline
                        maw={280}
                      >
                        <IconHandStop
                          size={14}
                          aria-label={t('choosing.matrix.overridden', {
                            reason: client.overrideReason ?? '',
                          })}
                        />
                      </Tooltip>
                    )}
                    {client.committedCategory !== null &&
                      client.committedCategory !== client.category && (
                        <Text span size="xs" c="dimmed">
                          {t('choosing.matrix.committed', {
                            category: categoryLabel(client.committedCategory, props.categories, t),
                          })}
                        </Text>
                      )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
          {after > 0 && <Spacer height={after} columns={columnCount} />}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** A grade made of fewer criteria than are switched on: the rest have no score yet. */
function NotFullyScored(props: { count: number }) {
  const { t } = useTranslation();
  const label = t('choosing.matrix.notFullyScored', { count: props.count });
  return (
    <Tooltip label={label} multiline maw={260}>
      <IconCircleDashed
        size={13}
        color="var(--mantine-color-orange-7)"
        aria-label={label}
        data-testid="not-fully-scored"
      />
    </Tooltip>
  );
}

function ScoreCell(props: {
  id: string;
  active: boolean;
  score: number | null;
  flags: number;
  fromData: boolean;
  label: string;
  onClick: () => void;
}) {
  const { t } = useTranslation();
  const classes = ['numeric', 'score-cell'];
  if (props.active) classes.push('active');
  if (props.fromData) classes.push('from-data');
  return (
    <Table.Td
      id={props.id}
      role="gridcell"
      className={classes.join(' ')}
      aria-label={props.label}
      aria-selected={props.active}
      aria-readonly={props.fromData || undefined}
      onClick={props.onClick}
    >
      <Group gap={3} justify="flex-end" wrap="nowrap">
        {props.flags & disagreementFlag ? (
          <IconAlertTriangle
            size={13}
            color="var(--mantine-color-orange-7)"
            aria-label={t('choosing.matrix.disagreement')}
          >
            <title>{t('choosing.matrix.disagreement')}</title>
          </IconAlertTriangle>
        ) : null}
        {props.flags & agreedFlag ? (
          <IconCheck
            size={12}
            color="var(--mantine-color-gray-6)"
            aria-label={t('choosing.matrix.agreed')}
          >
            <title>{t('choosing.matrix.agreed')}</title>
          </IconCheck>
        ) : null}
        {props.fromData && (
          <IconDatabase
            size={12}
            color="var(--mantine-color-gray-6)"
            aria-label={t('choosing.matrix.dataScored')}
          >
            <title>{t('choosing.matrix.dataScored')}</title>
          </IconDatabase>
        )}
        <span className="score">{props.score ?? ''}</span>
      </Group>
    </Table.Td>
  );
}

function Header(props: {
  column: MatrixColumn;
  label: string;
  note?: string;
  numeric?: boolean;
  sort: MatrixSort;
  onSort: (column: MatrixColumn) => void;
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
        tabIndex={-1}
      >
        <Group gap={4} wrap="nowrap" justify={props.numeric ? 'flex-end' : 'flex-start'}>
          <span className="header-label" title={props.label}>
            {props.label}
          </span>
          <Icon size={14} aria-hidden="true" style={{ opacity: active ? 1 : 0.5, flex: 'none' }} />
        </Group>
        {props.note && (
          <Text size="xs" c="dimmed" fw={400} ta={props.numeric ? 'right' : 'left'}>
            {props.note}
          </Text>
        )}
      </UnstyledButton>
    </Table.Th>
  );
}

function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true">
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
