// Improvement plans in a table (method.md §7): the client, the score that opened it against the
// norm, what is done, by whom, by when and at what cost; changed in a dialog, closed by hand (the
// client left, or the firm and the client agree it is done) or opened again.
import { Anchor, Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconPencil, IconRotate } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { useFirmToday } from '../app/today.ts';
import { formatDate, formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { CardTable } from '../shared/CardTable.tsx';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { ImprovementPlanDialog } from './ImprovementPlanDialog.tsx';
import { useUpdateImprovementPlan, type ImprovementPlan } from './satisfactionQueries.ts';

export function ImprovementPlanTable(props: {
  items: readonly ImprovementPlan[];
  /** On the firm's page: each plan's client. */
  showClient?: boolean;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const today = useFirmToday();
  const update = useUpdateImprovementPlan();
  const [editing, setEditing] = useState<ImprovementPlan | null>(null);
  const setClosed = (plan: ImprovementPlan, close: boolean) =>
    update.mutate(
      // never before the evaluation that opened it, should the firm's day not have come in yet
      {
        id: plan.id,
        change: { closedOn: close ? (today > plan.openedOn ? today : plan.openedOn) : null },
      },
      {
        onSuccess: () =>
          notifyDone(
            t(close ? 'satisfaction.plan.closedDone' : 'satisfaction.plan.reopenedDone', {
              client: plan.organizationName,
            }),
          ),
        onError: notifyError,
      },
    );

  return (
    <>
      <CardTable verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {props.showClient && <Table.Th>{t('satisfaction.columns.client')}</Table.Th>}
            <Table.Th>{t('satisfaction.plan.openedOn')}</Table.Th>
            <Table.Th>{t('satisfaction.plan.what')}</Table.Th>
            <Table.Th>{t('satisfaction.plan.owner')}</Table.Th>
            <Table.Th>{t('satisfaction.plan.dueOn')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('satisfaction.plan.cost')}</Table.Th>
            {props.editable && (
              <Table.Th>
                <VisuallyHidden>{t('satisfaction.columns.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.items.map((plan) => (
            <Table.Tr key={plan.id} data-testid="improvement-plan-row">
              {props.showClient && (
                <Table.Td>
                  <Anchor component={Link} to={`/organizations/${plan.organizationId}`} size="sm">
                    {plan.organizationName}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td data-label={t('satisfaction.plan.openedOn')}>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(plan.openedOn, language)}
                </Text>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {t('satisfaction.plan.scoreAgainstNorm', {
                    score: plan.openingScore,
                    norm: plan.norm,
                  })}
                </Text>
              </Table.Td>
              <Table.Td data-label={t('satisfaction.plan.what')}>
                <Text size="sm" lineClamp={3} c={plan.what ? undefined : 'dimmed'}>
                  {plan.what ?? t('satisfaction.plan.whatEmpty')}
                </Text>
              </Table.Td>
              <Table.Td data-label={t('satisfaction.plan.owner')}>
                {plan.ownerName ?? t('satisfaction.plan.ownerDefault')}
              </Table.Td>
              <Table.Td data-label={t('satisfaction.plan.dueOn')}>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(plan.dueOn, language)}
                </Text>
                {plan.status === 'closed' ? (
                  <Text size="xs" c="teal.9" fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {t('satisfaction.plan.closedOn', {
                      date: formatDate(plan.closedOn, language),
                    })}
                  </Text>
                ) : (
                  plan.overdue && (
                    <Badge size="sm" variant="light" color="red">
                      {t('satisfaction.plan.overdue')}
                    </Badge>
                  )
                )}
              </Table.Td>
              <Table.Td
                style={{ textAlign: 'right', whiteSpace: 'nowrap' }}
                data-label={t('satisfaction.plan.cost')}
              >
                {plan.costCents === null
                  ? t('app.none')
                  : formatMoney(plan.costCents, currency, language)}
              </Table.Td>
              {props.editable && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      leftSection={<IconPencil size={14} />}
                      aria-label={t('satisfaction.plan.editLabel', {
                        client: plan.organizationName,
                      })}
                      onClick={() => setEditing(plan)}
                    >
                      {t('app.edit')}
                    </Button>
                    {plan.status === 'open' ? (
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="teal"
                        leftSection={<IconCheck size={14} />}
                        aria-label={t('satisfaction.plan.closeLabel', {
                          client: plan.organizationName,
                        })}
                        loading={update.isPending && update.variables.id === plan.id}
                        onClick={() => setClosed(plan, true)}
                      >
                        {t('satisfaction.plan.close')}
                      </Button>
                    ) : (
                      <Button
                        size="compact-xs"
                        variant="default"
                        leftSection={<IconRotate size={14} />}
                        aria-label={t('satisfaction.plan.reopenLabel', {
                          client: plan.organizationName,
                        })}
                        loading={update.isPending && update.variables.id === plan.id}
                        onClick={() => setClosed(plan, false)}
                      >
                        {t('satisfaction.plan.reopen')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </CardTable>
      {editing && <ImprovementPlanDialog plan={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
