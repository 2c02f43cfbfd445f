// One card on the proposal board: the client's category in colour, the title, the client, the
// value and the colleague; the turnaround while open or sent, the decision once won or lost. It
// is dragged to another column by pointer or by its grip with the keyboard, or moved from its menu.
import { ActionIcon, Anchor, Badge, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowRight,
  IconArrowUp,
  IconBuilding,
  IconDots,
  IconGripVertical,
  IconPencil,
  IconUser,
} from '@tabler/icons-react';
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProposalStage } from '../../core/servicing/proposal-stages.ts';
import { formatDate, formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { categoryLabel } from '../choosing/choosingLabels.ts';
import { categoryColour, otherStages, type Proposal } from './proposalBoard.ts';
import { ProposalTurnaround } from './ProposalTurnaround.tsx';

/** What dragging a card needs from the board: its node, its grip and their listeners. */
export type CardDrag = {
  setNodeRef: (element: HTMLElement | null) => void;
  setActivatorNodeRef: (element: HTMLElement | null) => void;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
};

export function ProposalCard(props: {
  proposal: Proposal;
  /** The primary scheme's categories: the card's colour and badge follow the client's. */
  categories: Parameters<typeof categoryLabel>[1];
  currency: string;
  editable: boolean;
  dragging: boolean;
  /** Its menu button takes the focus: the card was just moved from the keyboard. */
  focused: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (to: ProposalStage | 'up' | 'down') => void;
  onEdit: () => void;
  /** How it is dragged: null when it cannot be (read-only, or the copy under the pointer). */
  drag: CardDrag | null;
  testId?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { proposal } = props;
  const menuButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (props.focused) menuButton.current?.focus();
  }, [props.focused]);
  const decided = proposal.stage === 'won' || proposal.stage === 'lost';
  const colour = categoryColour(proposal.category, props.categories);
  const label =
    proposal.category === null
      ? t('proposals.board.newClient')
      : categoryLabel(proposal.category, props.categories, t);

  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      ref={props.drag?.setNodeRef}
      {...props.drag?.listeners}
      data-testid={props.testId ?? 'proposal-card'}
      style={{
        borderLeft: `4px solid var(--mantine-color-${colour}-6)`,
        cursor: props.drag ? 'grab' : undefined,
        touchAction: props.drag ? 'none' : undefined,
        opacity: props.dragging ? 0.4 : 1,
      }}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={2} wrap="nowrap">
            {props.drag && (
              <ActionIcon
                ref={props.drag.setActivatorNodeRef}
                {...props.drag.attributes}
                variant="subtle"
                size="sm"
                color="gray"
                aria-label={t('proposals.card.drag', { title: proposal.title })}
                style={{ cursor: 'grab' }}
              >
                <IconGripVertical size={14} />
              </ActionIcon>
            )}
            <Badge size="xs" variant="light" color={colour} style={{ textTransform: 'none' }}>
              {label}
            </Badge>
          </Group>
          {props.editable && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon
                  ref={menuButton}
                  variant="subtle"
                  size="sm"
                  color="gray"
                  aria-label={t('proposals.card.actions', { title: proposal.title })}
                >
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {otherStages(proposal.stage).map((stage) => (
                  <Menu.Item
                    key={stage}
                    leftSection={<IconArrowRight size={14} />}
                    onClick={() => props.onMove(stage)}
                  >
                    {t('proposals.card.moveTo', { stage: t(`proposals.stages.${stage}`) })}
                  </Menu.Item>
                ))}
                <Menu.Divider />
                <Menu.Item
                  leftSection={<IconArrowUp size={14} />}
                  disabled={!props.canMoveUp}
                  onClick={() => props.onMove('up')}
                >
                  {t('proposals.card.moveUp')}
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconArrowDown size={14} />}
                  disabled={!props.canMoveDown}
                  onClick={() => props.onMove('down')}
                >
                  {t('proposals.card.moveDown')}
                </Menu.Item>
                <Menu.Divider />
                <Menu.Item leftSection={<IconPencil size={14} />} onClick={props.onEdit}>
                  {t('proposals.card.edit')}
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconBuilding size={14} />}
                  component={Link}
                  to={`/organizations/${proposal.organizationId}`}
                >
                  {t('proposals.card.openClient')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        <Text size="sm" fw={600} lh={1.3}>
          {proposal.title}
        </Text>
        <Anchor
          component={Link}
          to={`/organizations/${proposal.organizationId}`}
          size="xs"
          draggable={false}
        >
          {proposal.organizationName}
        </Anchor>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Group gap={4} wrap="nowrap" miw={0}>
            <IconUser size={12} aria-hidden="true" />
            <Text size="xs" c="dimmed" truncate>
              {proposal.ownerName ?? t('proposals.board.noOwner')}
            </Text>
          </Group>
          <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
            {proposal.valueCents === null
              ? t('app.none')
              : formatMoney(proposal.valueCents, props.currency, language)}
          </Text>
        </Group>
        {decided ? (
          <Text size="xs" c="dimmed">
            {t('proposals.card.decidedOn', { date: formatDate(proposal.decidedOn, language) })}
          </Text>
        ) : (
          <Group gap={4}>
            <ProposalTurnaround proposal={proposal} />
          </Group>
        )}
        {proposal.stage === 'lost' && proposal.lostReason && (
          <Text size="xs" fs="italic" lineClamp={2}>
            {proposal.lostReason}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
