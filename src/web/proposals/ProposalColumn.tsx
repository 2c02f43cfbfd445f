// One column of the proposal board: its stage, count and value, and its cards, each dragged by
// pointer or keyboard (a grip on the card) or moved from its menu. A line shows where a dragged
// card would land.
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';
import type { ProposalStage } from '../../core/servicing/proposal-stages.ts';
import { categoryLabel } from '../choosing/choosingLabels.ts';
import { formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { columnTotal, type DropTarget, type Proposal } from './proposalBoard.ts';
import { ProposalCard } from './ProposalCard.tsx';

/** The id a column is known by as a drop zone, apart from its cards' ids. */
export const columnDropId = (stage: ProposalStage) => `column:${stage}`;

/** Cards stay where they are while one is dragged; the line shows where it would land. */
const stayInPlace = () => null;

type ColumnProps = {
  stage: ProposalStage;
  cards: Proposal[];
  target: DropTarget | null;
  draggingId: string | null;
  categories: Parameters<typeof categoryLabel>[1];
  currency: string;
  editable: boolean;
  focusedId: string | null;
  onMove: (card: Proposal, to: ProposalStage | 'up' | 'down') => void;
  onEdit: (card: Proposal) => void;
};

export function ProposalColumn(props: ColumnProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { stage, cards, target } = props;
  const { setNodeRef } = useDroppable({ id: columnDropId(stage), data: { stage } });
  const total = columnTotal(cards);
  const over = target?.stage === stage;
  const others = props.draggingId ? cards.filter((card) => card.id !== props.draggingId) : cards;
  // an empty column is no list: it has no items to hold
  const listProps =
    cards.length > 0
      ? {
          role: 'list',
          'aria-label': `${t(`proposals.stages.${stage}`)}: ${t('proposals.board.count', { count: total.count })}`,
        }
      : {};
  const line = (
    <div
      aria-hidden="true"
      data-testid="drop-line"
      style={{ height: 3, borderRadius: 2, background: 'var(--mantine-color-teal-6)' }}
    />
  );
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="xs"
      bg={over ? 'teal.0' : 'gray.0'}
      miw={230}
      style={{ flex: '1 1 0', display: 'flex', flexDirection: 'column' }}
      data-testid={`column-${stage}`}
      data-over={over || undefined}
    >
      <Stack gap={2} mb="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h5">
            {t(`proposals.stages.${stage}`)}
          </Title>
          <Badge size="sm" variant="default" data-testid="column-count">
            {total.count}
          </Badge>
        </Group>
        <Text size="sm" fw={500} data-testid="column-value">
          {formatMoney(total.valueCents, props.currency, language)}
        </Text>
        {total.withoutValue > 0 && (
          <Text size="xs" c="dimmed">
            {t('proposals.board.withoutValue', { count: total.withoutValue })}
          </Text>
        )}
      </Stack>
      <SortableContext items={cards.map((card) => card.id)} strategy={stayInPlace}>
        <Stack gap={6} {...listProps} style={{ flex: 1, minHeight: 80 }}>
          {cards.map((card, index) => (
            <div key={card.id} role="listitem">
              {over &&
                props.draggingId !== card.id &&
                others.indexOf(card) === target.index &&
                line}
              <SortableCard
                {...props}
                card={card}
                canMoveUp={index > 0}
                canMoveDown={index < cards.length - 1}
              />
            </div>
          ))}
          {over && target.index >= others.length && line}
          {cards.length === 0 && (
            <Text size="xs" c="dimmed" ta="center" py="md">
              {t('proposals.board.emptyColumn')}
            </Text>
          )}
        </Stack>
      </SortableContext>
    </Paper>
  );
}

function SortableCard(
  props: ColumnProps & { card: Proposal; canMoveUp: boolean; canMoveDown: boolean },
) {
  const { t } = useTranslation();
  const { card } = props;
  const sortable = useSortable({
    id: card.id,
    data: { stage: props.stage, title: card.title },
    disabled: !props.editable,
    attributes: { roleDescription: t('proposals.board.drag.role') },
  });
  return (
    <ProposalCard
      proposal={card}
      categories={props.categories}
      currency={props.currency}
      editable={props.editable}
      dragging={props.draggingId === card.id}
      focused={props.focusedId === card.id}
      canMoveUp={props.canMoveUp}
      canMoveDown={props.canMoveDown}
      onMove={(to) => props.onMove(card, to)}
      onEdit={() => props.onEdit(card)}
      drag={props.editable ? sortable : null}
    />
  );
}
