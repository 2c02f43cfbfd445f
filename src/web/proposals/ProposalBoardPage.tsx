// The proposal board, "the wall" (method.md §11): a column per stage with its count and value,
// a card per proposal coloured by the client's category; cards are dragged to another column or
// place (by pointer, or by their grip with the keyboard), or moved from their menu; moving one to
// lost asks why. Filtered by colleague, the won and lost ones of a recent period.
import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragMoveEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addCalendarDays } from '../../core/servicing/calendar-days.ts';
import { proposalStages, type ProposalStage } from '../../core/servicing/proposal-stages.ts';
import { useFirmToday } from '../app/today.ts';
import { usePermissions, useSession } from '../app/session.tsx';
import { useSchemes } from '../choosing/queries.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { LostReasonDialog } from './LostReasonDialog.tsx';
import { boardColumns, dropTarget, type DropTarget, type Proposal } from './proposalBoard.ts';
import {
  BoardLegend,
  boardPeriods,
  ProposalBoardHeader,
  type BoardPeriod,
} from './ProposalBoardHeader.tsx';
import { ProposalCard } from './ProposalCard.tsx';
import { ProposalColumn } from './ProposalColumn.tsx';
import { ProposalDialog } from './ProposalDialog.tsx';
import { useMoveCards, useProposalBoard } from './proposalQueries.ts';
import { useBoardMoves } from './useBoardMoves.ts';

/** A card under the pointer beats the column around it; with the keyboard, what the card overlaps. */
const cardOrColumn: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  const candidates = within.length > 0 ? within : rectIntersection(args);
  const pool = candidates.length > 0 ? candidates : closestCorners(args);
  const card = pool.find((collision) => !String(collision.id).startsWith('column:'));
  return card ? [card] : pool.slice(0, 1);
};

export function ProposalBoardPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { write } = usePermissions();
  const schemes = useSchemes();
  const [params, setParams] = useSearchParams();
  const ownerId = params.get('owner');
  const period: BoardPeriod = boardPeriods.find((p) => p === params.get('period')) ?? '90';
  const today = useFirmToday();
  const filter = useMemo(
    () => ({ ownerId, decidedSince: addCalendarDays(today, -Number(period)) }),
    [ownerId, period, today],
  );
  const board = useProposalBoard(filter);
  const moveCards = useMoveCards(filter);
  const [dragging, setDragging] = useState<string | null>(null);
  const [target, setTarget] = useState<DropTarget | null>(null);
  const [editing, setEditing] = useState<Proposal | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const items = board.data?.items ?? [];
  const columns = boardColumns(items);
  const moves = useBoardMoves(columns, moveCards);
  const categories = schemes.data?.find((scheme) => scheme.isPrimary)?.categories ?? [];
  const setParam = (key: string, value: string | null) =>
    setParams(
      (old) => {
        const next = new URLSearchParams(old);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const draggedCard = items.find((card) => card.id === dragging) ?? null;
  const stageName = (stage: unknown) =>
    proposalStages.includes(stage as ProposalStage)
      ? t(`proposals.stages.${stage as ProposalStage}`)
      : '';
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('proposals.board.drag.start', { title: active.data.current?.title }),
    onDragOver: ({ active, over }) =>
      over
        ? t('proposals.board.drag.over', {
            title: active.data.current?.title,
            stage: stageName(over.data.current?.stage),
          })
        : t('proposals.board.drag.outside', { title: active.data.current?.title }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('proposals.board.drag.dropped', {
            title: active.data.current?.title,
            stage: stageName(over.data.current?.stage),
          })
        : t('proposals.board.drag.outside', { title: active.data.current?.title }),
    onDragCancel: ({ active }) =>
      t('proposals.board.drag.cancelled', { title: active.data.current?.title }),
  };

  /** Where the dragged card would land now: before or after the card it is over. */
  const placeOf = ({ active, over }: Pick<DragMoveEvent, 'active' | 'over'>) => {
    const stage = over?.data.current?.stage as ProposalStage | undefined;
    if (!over || !stage) return null;
    const overCard = String(over.id).startsWith('column:') ? null : String(over.id);
    const moved = active.rect.current.translated;
    const below = moved
      ? moved.top + moved.height / 2 > over.rect.top + over.rect.height / 2
      : false;
    return dropTarget(columns, String(active.id), { stage, cardId: overCard, below });
  };
  const follow = (event: DragMoveEvent) => {
    const next = placeOf(event);
    if (next?.stage !== target?.stage || next?.index !== target?.index) setTarget(next);
  };
  const endDrag = () => {
    setDragging(null);
    setTarget(null);
  };

  if (board.isPending) return <Loading />;
  if (board.error) return <LoadFailed error={board.error} retry={() => void board.refetch()} />;

  const header = (
    <ProposalBoardHeader
      ownerId={ownerId}
      period={period}
      onOwner={(value) => setParam('owner', value)}
      onPeriod={(value) => setParam('period', value === '90' ? null : value)}
    />
  );
  if (items.length === 0 && ownerId === null) {
    return (
      <Stack gap="md">
        {header}
        <Paper withBorder p="lg">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('proposals.board.empty')}</Text>
            <Button component={Link} to="/organizations" variant="light" size="xs">
              {t('proposals.board.toOrganizations')}
            </Button>
          </Stack>
        </Paper>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      {header}
      <BoardLegend categories={categories} />
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('proposals.board.emptyFiltered')}
        </Text>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={cardOrColumn}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('proposals.board.drag.instructions') },
        }}
        onDragStart={({ active }) => {
          moves.clearFocus();
          setDragging(String(active.id));
        }}
        onDragMove={follow}
        onDragOver={follow}
        onDragCancel={endDrag}
        onDragEnd={(event) => {
          const card = draggedCard;
          const place = placeOf(event);
          endDrag();
          if (card && place) moves.move(card, place.stage, place.index);
        }}
      >
        <Group
          gap="sm"
          align="stretch"
          wrap="nowrap"
          style={{ overflowX: 'auto', paddingBottom: 8 }}
        >
          {proposalStages.map((stage) => (
            <ProposalColumn
              key={stage}
              stage={stage}
              cards={columns[stage]}
              target={target}
              draggingId={dragging}
              categories={categories}
              currency={session.workspace.currency}
              editable={write}
              focusedId={moves.focused}
              onMove={moves.moveFromMenu}
              onEdit={setEditing}
            />
          ))}
        </Group>
        <DragOverlay dropAnimation={null}>
          {draggedCard && (
            <ProposalCard
              proposal={draggedCard}
              categories={categories}
              currency={session.workspace.currency}
              editable={false}
              dragging={false}
              focused={false}
              canMoveUp={false}
              canMoveDown={false}
              onMove={() => undefined}
              onEdit={() => undefined}
              drag={null}
              testId="proposal-card-moving"
            />
          )}
        </DragOverlay>
      </DndContext>

      <LostReasonDialog
        title={moves.losing?.card.title ?? null}
        saving={moveCards.isPending}
        onCancel={moves.cancelLosing}
        onConfirm={(reason) => {
          if (moves.losing) moves.move(moves.losing.card, 'lost', moves.losing.index, reason);
        }}
      />
      {editing && (
        <ProposalDialog
          organizationId={editing.organizationId}
          proposal={editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
