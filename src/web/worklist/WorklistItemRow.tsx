// One item of the worklist: the client (its category and value), what is due, when, how overdue,
// and the buttons that deal with it.
import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { IconCalendarPlus, IconCheck, IconHeartHandshake, IconPhone } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../app/session.tsx';
import { CategoryBadge } from '../choosing/CategoryBadge.tsx';
import { RecordComplaintButton } from '../complaints/ComplaintDialog.tsx';
import type { Category } from '../choosing/queries.ts';
import { formatDate, formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { actionsFor, placeOf, type WorklistAction, type WorklistItem } from './worklistModel.ts';

const actionIcon: Record<WorklistAction, ReactNode> = {
  logContact: <IconPhone size={14} />,
  planContact: <IconCalendarPlus size={14} />,
  callBackReturned: <IconCheck size={14} />,
  proposalSent: <IconCheck size={14} />,
  activityDone: <IconCheck size={14} />,
  followUpDone: <IconCheck size={14} />,
  thankAmbassador: <IconHeartHandshake size={14} />,
};

export function WorklistItemRow(props: {
  item: WorklistItem;
  categories: readonly Category[];
  /** Whether the buttons are shown: one's own list, with the right to write. */
  editable: boolean;
  busy: boolean;
  onAction: (action: WorklistAction) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const { item, categories, editable, busy, onAction } = props;
  const what = t(`worklist.kinds.${item.kind}`);
  const place = placeOf(item);
  return (
    <Table.Tr data-testid="worklist-item">
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} to={`/organizations/${item.organizationId}`} size="sm" fw={500}>
            {item.organizationName}
          </Anchor>
          {item.categoryKey !== null && (
            <CategoryBadge categoryKey={item.categoryKey} categories={categories} />
          )}
        </Group>
        {item.valueCents > 0 && (
          <Text size="xs" c="dimmed">
            {formatMoney(item.valueCents, session.workspace.currency, language)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {place ? (
          <Anchor component={Link} to={place} size="sm" data-testid="worklist-place">
            {what}
          </Anchor>
        ) : (
          <Text size="sm">{what}</Text>
        )}
        {item.label && (
          <Text size="xs" c="dimmed">
            {item.label}
          </Text>
        )}
      </Table.Td>
      <Table.Td
        style={{ whiteSpace: 'nowrap' }}
        data-label={t('worklist.columns.due')}
        data-testid="worklist-due"
      >
        <Text size="sm">{formatDate(item.dueDate, language)}</Text>
        {item.overdue && (
          <Text size="xs" c="red.8" fw={500}>
            {item.workingDaysOverdue === null
              ? t('worklist.daysOverdue', { count: item.daysOverdue })
              : t('worklist.workingDaysOverdue', {
                  count: item.workingDaysOverdue,
                })}
          </Text>
        )}
      </Table.Td>
      {editable && (
        <Table.Td>
          <Group gap={6} wrap="nowrap" justify="flex-end">
            {actionsFor(item.kind).map((action) => (
              <Button
                key={action}
                size="compact-sm"
                variant={action === 'planContact' ? 'default' : 'light'}
                color="teal"
                leftSection={actionIcon[action]}
                aria-label={t('worklist.actionFor', {
                  action: t(`worklist.actions.${action}`),
                  what: item.label ?? what,
                  client: item.organizationName,
                })}
                disabled={busy}
                onClick={() => onAction(action)}
              >
                {t(`worklist.actions.${action}`)}
              </Button>
            ))}
            <RecordComplaintButton
              organizationId={item.organizationId}
              iconOnly
              label={t('complaints.recordFor', { client: item.organizationName })}
            />
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
