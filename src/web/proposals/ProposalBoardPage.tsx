// The proposal board, "the wall" (method.md §11): a column per stage with its count and value,
// a card per proposal coloured by the client's category; cards are dragged to another column or
// place, or moved from their menu; moving one to lost asks why. Filtered by colleague, the won and
// lost ones of a recent period.
import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { addCalendarDays } from '../../core/servicing/calendar-days.ts';
import { useFirmToday } from '../app/today.ts';
import { IconPhoneCall } from '@tabler/icons-react';
import { useMemo, useState, type DragEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { proposalStages, type ProposalStage } from '../../core/servicing/proposal-stages.ts';
import { usePermissions, useSession } from '../app/session.tsx';
import { useOpenCallBacks } from '../call-backs/callBackQueries.ts';
import { useUsers } from '../app/users.ts';
import { categoryLabel } from '../choosing/choosingLabels.ts';
import { useSchemes } from '../choosing/queries.ts';
import { formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import {
  boardColumns,
  categoryColour,
  columnTotal,
  newClientColour,
  placeCard,
  type Proposal,
} from './proposalBoard.ts';
import { ProposalCard } from './ProposalCard.tsx';
import { ProposalDialog } from './ProposalDialog.tsx';
import { useMoveCards, useProposalBoard } from './proposalQueries.ts';

const periods = ['30', '90', '365'] as const;
type Period = (typeof periods)[number];

type Target = { stage: ProposalStage; index: number };

export function ProposalBoardPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const { write } = usePermissions();
  const users = useUsers();
  const schemes = useSchemes();
  const [params, setParams] = useSearchParams();
  const ownerId = params.get('owner');
  const period: Period = periods.find((p) => p === params.get('period')) ?? '90';
  const today = useFirmToday();
  const filter = useMemo(
    () => ({ ownerId, decidedSince: addCalendarDays(today, -Number(period)) }),
    [ownerId, period, today],
  );
  const board = useProposalBoard(filter);
  const moveCards = useMoveCards(filter);
  const myCallBacks = useOpenCallBacks(session.user.id);
  const [dragging, setDragging] = useState<string | null>(null);
  const [target, setTarget] = useState<Target | null>(null);
  const [losing, setLosing] = useState<{ card: Proposal; index: number } | null>(null);
  const [lostReason, setLostReason] = useState('');
  const [lostError, setLostError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Proposal | null>(null);
  const [focused, setFocused] = useState<string | null>(null);

  const items = board.data?.items ?? [];
  const columns = boardColumns(items);
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

  /** The cards of a column without the one being moved: where a drop index counts. */
  const othersIn = (stage: ProposalStage, movedId: string) =>
    columns[stage].filter((card) => card.id !== movedId);

  const move = (card: Proposal, stage: ProposalStage, index: number, reason?: string) => {
    // dropped where it was
    if (stage === card.stage && columns[stage].indexOf(card) === index) return;
    if (stage === 'lost' && card.stage !== 'lost' && reason === undefined) {
      setLostReason('');
      setLostError(null);
      setLosing({ card, index });
      return;
    }
    const [first, ...rest] = placeCard(columns[stage], card.id, index);
    const changes = [
      {
        id: card.id,
        change: {
          position: first!.position,
          ...(stage !== card.stage ? { stage } : {}),
          ...(reason !== undefined ? { lostReason: reason } : {}),
        },
      },
      ...rest.map(({ id, position }) => ({ id, change: { position } })),
    ];
    moveCards.mutate(
      { changes },
      {
        onSuccess: () => {
          setLosing(null);
          if (stage !== card.stage)
            notifyDone(
              t('proposals.board.moved', {
                title: card.title,
                stage: t(`proposals.stages.${stage}`),
              }),
            );
        },
        onError: (error) => {
          setLosing(null);
          notifyError(error);
        },
      },
    );
  };

  const moveFromMenu = (card: Proposal, to: ProposalStage | 'up' | 'down') => {
    setFocused(card.id);
    const index = columns[card.stage].findIndex((candidate) => candidate.id === card.id);
    if (to === 'up') move(card, card.stage, index - 1);
    else if (to === 'down') move(card, card.stage, index + 1);
    else move(card, to, 0);
  };

  const draggedCard = items.find((card) => card.id === dragging) ?? null;
  const overCard = (stage: ProposalStage, card: Proposal) => (event: DragEvent<HTMLDivElement>) => {
    if (!draggedCard) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'move';
    const rect = event.currentTarget.getBoundingClientRect();
    const below = event.clientY > rect.top + rect.height / 2;
    const others = othersIn(stage, draggedCard.id);
    const index =
      card.id === draggedCard.id
        ? columns[stage].findIndex((candidate) => candidate.id === card.id)
        : others.findIndex((candidate) => candidate.id === card.id) + (below ? 1 : 0);
    if (target?.stage !== stage || target.index !== index) setTarget({ stage, index });
  };
  const overColumn = (stage: ProposalStage) => (event: DragEvent<HTMLDivElement>) => {
    if (!draggedCard) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const index = othersIn(stage, draggedCard.id).length;
    if (target?.stage !== stage || target.index !== index) setTarget({ stage, index });
  };
  const drop = (stage: ProposalStage) => (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    const card = draggedCard;
    const place = target?.stage === stage ? target.index : null;
    setDragging(null);
    setTarget(null);
    if (!card) return;
    move(card, stage, place ?? othersIn(stage, card.id).length);
  };

  const header = (
    <Group justify="space-between" align="flex-end">
      <Stack gap={4} maw={720}>
        <Title order={1} size="h2">
          {t('proposals.board.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('proposals.board.intro')}
        </Text>
      </Stack>
      <Group gap="sm" align="flex-end">
        <Select
          size="xs"
          w={180}
          label={t('proposals.board.owner')}
          allowDeselect={false}
          value={ownerId ?? 'all'}
          data={[
            { value: 'all', label: t('proposals.board.everyone') },
            { value: session.user.id, label: t('proposals.board.me') },
            ...(users.data ?? [])
              .filter((user) => user.id !== session.user.id)
              .map((user) => ({ value: user.id, label: user.name })),
          ]}
          onChange={(value) => setParam('owner', !value || value === 'all' ? null : value)}
        />
        <Select
          size="xs"
          w={250}
          label={t('proposals.board.decidedSince')}
          allowDeselect={false}
          value={period}
          data={periods.map((value) => ({
            value,
            label: t(`proposals.board.periods.d${value}`),
          }))}
          onChange={(value) => setParam('period', value === '90' ? null : value)}
        />
        <Button
          size="xs"
          variant="light"
          component={Link}
          to="/clients/call-backs"
          leftSection={<IconPhoneCall size={14} />}
          rightSection={
            myCallBacks.data && myCallBacks.data.items.length > 0 ? (
              <Badge size="xs" circle color="red">
                {myCallBacks.data.items.length}
              </Badge>
            ) : null
          }
        >
          {t('proposals.board.callBacks')}
        </Button>
      </Group>
    </Group>
  );

  const legend = (
    <Group gap="xs" aria-label={t('proposals.board.legend')} role="group">
      <Text size="xs" c="dimmed">
        {t('proposals.board.legend')}:
      </Text>
      {categories.map((category) => (
        <Badge
          key={category.key}
          size="xs"
          variant="light"
          color={categoryColour(category.key, categories)}
          style={{ textTransform: 'none' }}
        >
          {t('proposals.board.category', {
            category: categoryLabel(category.key, categories, t),
          })}
        </Badge>
      ))}
      <Badge size="xs" variant="light" color={newClientColour} style={{ textTransform: 'none' }}>
        {t('proposals.board.newClient')}
      </Badge>
    </Group>
  );

  if (board.isPending) return <Loading />;
  if (board.error) return <LoadFailed error={board.error} retry={() => void board.refetch()} />;

  return (
    <Stack gap="md">
      {header}
      {items.length === 0 && ownerId === null ? (
        <Paper withBorder p="lg">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('proposals.board.empty')}</Text>
            <Button component={Link} to="/organizations" variant="light" size="xs">
              {t('proposals.board.toOrganizations')}
            </Button>
          </Stack>
        </Paper>
      ) : (
        <>
          {legend}
          {items.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('proposals.board.emptyFiltered')}
            </Text>
          )}
          <Group
            gap="sm"
            align="stretch"
            wrap="nowrap"
            style={{ overflowX: 'auto', paddingBottom: 8 }}
          >
            {proposalStages.map((stage) => {
              const cards = columns[stage];
              const total = columnTotal(cards);
              const over = target?.stage === stage;
              const others = draggedCard ? othersIn(stage, draggedCard.id) : cards;
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
                  style={{
                    height: 3,
                    borderRadius: 2,
                    background: 'var(--mantine-color-teal-6)',
                  }}
                />
              );
              return (
                <Paper
                  key={stage}
                  withBorder
                  p="xs"
                  bg={over ? 'teal.0' : 'gray.0'}
                  miw={230}
                  style={{ flex: '1 1 0', display: 'flex', flexDirection: 'column' }}
                  data-testid={`column-${stage}`}
                  onDragOver={overColumn(stage)}
                  onDragLeave={(event) => {
                    if (!event.currentTarget.contains(event.relatedTarget as Node | null))
                      setTarget((old) => (old?.stage === stage ? null : old));
                  }}
                  onDrop={drop(stage)}
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
                      {formatMoney(total.valueCents, session.workspace.currency, language)}
                    </Text>
                    {total.withoutValue > 0 && (
                      <Text size="xs" c="dimmed">
                        {t('proposals.board.withoutValue', { count: total.withoutValue })}
                      </Text>
                    )}
                  </Stack>
                  <Stack gap={6} {...listProps} style={{ flex: 1, minHeight: 80 }}>
                    {cards.map((card) => {
                      const index = cards.indexOf(card);
                      const othersIndex = others.indexOf(card);
                      return (
                        <div key={card.id} role="listitem">
                          {over &&
                            draggedCard?.id !== card.id &&
                            othersIndex === target.index &&
                            line}
                          <ProposalCard
                            proposal={card}
                            colour={categoryColour(card.category, categories)}
                            categoryLabel={
                              card.category === null
                                ? t('proposals.board.newClient')
                                : categoryLabel(card.category, categories, t)
                            }
                            currency={session.workspace.currency}
                            editable={write}
                            dragging={dragging === card.id}
                            focused={focused === card.id}
                            canMoveUp={index > 0}
                            canMoveDown={index < cards.length - 1}
                            onMove={(to) => moveFromMenu(card, to)}
                            onEdit={() => setEditing(card)}
                            onDragStart={(event) => {
                              event.dataTransfer.setData('text/plain', card.id);
                              event.dataTransfer.effectAllowed = 'move';
                              setFocused(null);
                              setDragging(card.id);
                            }}
                            onDragEnd={() => {
                              setDragging(null);
                              setTarget(null);
                            }}
                            onDragOver={overCard(stage, card)}
                          />
                        </div>
                      );
                    })}
                    {over && target.index >= others.length && line}
                    {cards.length === 0 && (
                      <Text size="xs" c="dimmed" ta="center" py="md">
                        {t('proposals.board.emptyColumn')}
                      </Text>
                    )}
                  </Stack>
                </Paper>
              );
            })}
          </Group>
        </>
      )}

      <Modal
        opened={losing !== null}
        onClose={() => setLosing(null)}
        title={t('proposals.lost.title', { title: losing?.card.title ?? '' })}
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!losing) return;
            if (!lostReason.trim()) {
              setLostError(t('app.required'));
              return;
            }
            move(losing.card, 'lost', losing.index, lostReason.trim());
          }}
        >
          <Stack>
            <Text size="sm">{t('proposals.lost.text')}</Text>
            <Textarea
              label={t('proposals.lost.reason')}
              required
              autosize
              minRows={2}
              data-autofocus
              value={lostReason}
              error={lostError}
              onChange={(event) => {
                setLostReason(event.currentTarget.value);
                setLostError(null);
              }}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setLosing(null)}>
                {t('app.cancel')}
              </Button>
              <Button type="submit" color="red" loading={moveCards.isPending}>
                {t('proposals.lost.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
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
