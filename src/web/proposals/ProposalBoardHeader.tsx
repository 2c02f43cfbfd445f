// The top of the proposal board: its title, the colleague and period filters, the way to one's
// own call-backs, and the legend of the cards' colours.
import { Badge, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { useUsers } from '../app/users.ts';
import { useOpenCallBacks } from '../call-backs/callBackQueries.ts';
import { categoryLabel } from '../choosing/choosingLabels.ts';
import { categoryColour, newClientColour } from './proposalBoard.ts';

export const boardPeriods = ['30', '90', '365'] as const;
export type BoardPeriod = (typeof boardPeriods)[number];

export function ProposalBoardHeader(props: {
  ownerId: string | null;
  period: BoardPeriod;
  onOwner: (ownerId: string | null) => void;
  onPeriod: (period: BoardPeriod) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const users = useUsers();
  const myCallBacks = useOpenCallBacks(session.user.id);
  const open = myCallBacks.data?.items.length ?? 0;
  return (
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
          value={props.ownerId ?? 'all'}
          data={[
            { value: 'all', label: t('proposals.board.everyone') },
            { value: session.user.id, label: t('proposals.board.me') },
            ...(users.data ?? [])
              .filter((user) => user.id !== session.user.id)
              .map((user) => ({ value: user.id, label: user.name })),
          ]}
          onChange={(value) => props.onOwner(!value || value === 'all' ? null : value)}
        />
        <Select
          size="xs"
          w={250}
          label={t('proposals.board.decidedSince')}
          allowDeselect={false}
          value={props.period}
          data={boardPeriods.map((value) => ({
            value,
            label: t(`proposals.board.periods.d${value}`),
          }))}
          onChange={(value) => props.onPeriod(boardPeriods.find((p) => p === value) ?? '90')}
        />
        <Button
          size="xs"
          variant="light"
          component={Link}
          to="/clients/call-backs"
          leftSection={<IconPhoneCall size={14} />}
          rightSection={
            open > 0 ? (
              <Badge size="xs" circle color="red">
                {open}
              </Badge>
            ) : null
          }
        >
          {t('proposals.board.callBacks')}
        </Button>
      </Group>
    </Group>
  );
}

export function BoardLegend({ categories }: { categories: Parameters<typeof categoryLabel>[1] }) {
  const { t } = useTranslation();
  return (
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
}
