// Complaints in a table: when it came in, the client, who complained, what about, how heavily,
// whom it concerns, and its step with the deadline of the next one; moved one step on in a click.
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFirmToday } from '../app/today.ts';
import { formatDate } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { CardTable } from '../shared/CardTable.tsx';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { useUpdateComplaint, type Complaint } from './complaintQueries.ts';

const nextStatus = { acknowledge: 'acknowledged', solve: 'solved', close: 'closed' } as const;
// shades whose small text keeps a contrast of 4.5:1 on white (orange's darkest does not);
// critical stands out filled
const severityColor = { minor: 'gray.8', serious: 'red.9', critical: 'red.9' } as const;

/** Where a complaint stands: its step, and the next step's deadline or how late it is. */
export function ComplaintStanding(props: { complaint: Complaint }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { check, status } = props.complaint;
  const late = check.workingDaysOverdue > 0;
  return (
    <Group gap={6} wrap="wrap">
      <Badge
        variant="light"
        color={status === 'closed' ? 'gray' : status === 'solved' ? 'teal' : 'blue'}
      >
        {t(`complaints.status.${status}`)}
      </Badge>
      {check.nextStep !== null && check.nextDeadline !== null && (
        <Text size="xs" c={late ? 'red.8' : 'dimmed'} fw={late ? 600 : undefined}>
          {late
            ? t('complaints.overdue', {
                step: t(`complaints.next.${check.nextStep}`),
                count: check.workingDaysOverdue,
              })
            : t('complaints.dueBy', {
                step: t(`complaints.next.${check.nextStep}`),
                date: formatDate(check.nextDeadline, language),
              })}
        </Text>
      )}
      {check.resolutionWorkingDays !== null && (
        <Text size="xs" c="dimmed">
          {t('complaints.solvedIn', { count: check.resolutionWorkingDays })}
        </Text>
      )}
    </Group>
  );
}

export function ComplaintTable(props: {
  items: readonly Complaint[];
  /** On the firm's list: each complaint's client. */
  showClient?: boolean;
  editable: boolean;
  onDelete?: (complaint: Complaint) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const update = useUpdateComplaint();
  const today = useFirmToday();
  const move = (complaint: Complaint, status: Complaint['status']) =>
    update.mutate(
      // never before the complaint came in, should the firm's day not have come in yet
      {
        id: complaint.id,
        change: { status, on: today > complaint.receivedOn ? today : complaint.receivedOn },
      },
      {
        onSuccess: (saved) =>
          notifyDone(
            t('complaints.moved', {
              subject: saved.subject,
              status: t(`complaints.status.${saved.status}`),
            }),
          ),
        onError: notifyError,
      },
    );

  return (
    <CardTable verticalSpacing="xs" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('complaints.columns.receivedOn')}</Table.Th>
          {props.showClient && <Table.Th>{t('complaints.columns.client')}</Table.Th>}
          <Table.Th>{t('complaints.columns.subject')}</Table.Th>
          <Table.Th>{t('complaints.columns.professional')}</Table.Th>
          <Table.Th>{t('complaints.columns.standing')}</Table.Th>
          {props.editable && (
            <Table.Th>
              <VisuallyHidden>{t('complaints.columns.actions')}</VisuallyHidden>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.items.map((complaint) => {
          const step = complaint.check.nextStep;
          return (
            <Table.Tr key={complaint.id} data-testid="complaint-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(complaint.receivedOn, language)}
              </Table.Td>
              {props.showClient && (
                <Table.Td data-label={t('complaints.columns.client')}>
                  <Anchor
                    component={Link}
                    to={`/organizations/${complaint.organizationId}`}
                    size="sm"
                  >
                    {complaint.organizationName}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td data-label={t('complaints.columns.subject')}>
                <Group gap={6} wrap="wrap">
                  <Text size="sm">{complaint.subject}</Text>
                  <Badge
                    size="xs"
                    variant={complaint.severity === 'critical' ? 'filled' : 'outline'}
                    color={severityColor[complaint.severity]}
                  >
                    {t(`complaints.severity.${complaint.severity}`)}
                  </Badge>
                </Group>
                {complaint.contactName && (
                  <Text size="xs" c="dimmed">
                    {complaint.contactName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td data-label={t('complaints.columns.professional')}>
                {complaint.followedUpByName ?? t('app.none')}
              </Table.Td>
              <Table.Td data-label={t('complaints.columns.standing')}>
                <ComplaintStanding complaint={complaint} />
              </Table.Td>
              {props.editable && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    {step !== null && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        aria-label={t(`complaints.moveLabel.${step}`, {
                          subject: complaint.subject,
                        })}
                        loading={update.isPending && update.variables.id === complaint.id}
                        onClick={() => move(complaint, nextStatus[step])}
                      >
                        {t(`complaints.move.${step}`)}
                      </Button>
                    )}
                    {props.onDelete && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('complaints.delete', { subject: complaint.subject })}
                        onClick={() => props.onDelete?.(complaint)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </CardTable>
  );
}
