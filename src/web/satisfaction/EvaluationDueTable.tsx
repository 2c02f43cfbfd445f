// The evaluations due after ended assignments (method.md §7, within 30 days of the end), the most
// overdue first with the days late; each with a button to record it.
import { Anchor, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconClipboardPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { CardTable } from '../shared/CardTable.tsx';
import type { EvaluationDue } from './satisfactionQueries.ts';

export function EvaluationDueTable(props: {
  items: readonly EvaluationDue[];
  /** On the firm's page: each assignment's client. */
  showClient?: boolean;
  /** Records the evaluation here; none: the button leads to the client's page. */
  onRecord?: ((item: EvaluationDue) => void) | undefined;
  editable?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const withButton = props.onRecord !== undefined || props.editable === true;
  return (
    <CardTable verticalSpacing="xs" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('satisfaction.columns.assignment')}</Table.Th>
          {props.showClient && <Table.Th>{t('satisfaction.columns.client')}</Table.Th>}
          <Table.Th>{t('satisfaction.columns.endDate')}</Table.Th>
          <Table.Th>{t('satisfaction.columns.deadline')}</Table.Th>
          {withButton && (
            <Table.Th>
              <VisuallyHidden>{t('satisfaction.columns.actions')}</VisuallyHidden>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.items.map((item) => (
          <Table.Tr key={item.assignmentId} data-testid="evaluation-due-row">
            <Table.Td>
              <Text size="sm" fw={500}>
                {item.assignmentTitle}
              </Text>
            </Table.Td>
            {props.showClient && (
              <Table.Td data-label={t('satisfaction.columns.client')}>
                <Anchor component={Link} to={`/organizations/${item.organizationId}`} size="sm">
                  {item.organizationName}
                </Anchor>
              </Table.Td>
            )}
            <Table.Td
              data-label={t('satisfaction.columns.endDate')}
              style={{ whiteSpace: 'nowrap' }}
            >
              {formatDate(item.endDate, language)}
            </Table.Td>
            <Table.Td data-label={t('satisfaction.columns.deadline')}>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(item.deadline, language)}
              </Text>
              {item.status === 'overdue' && (
                <Text size="xs" c="red.8" fw={500}>
                  {t('worklist.daysOverdue', { count: item.daysOverdue })}
                </Text>
              )}
            </Table.Td>
            {withButton && (
              <Table.Td>
                {props.onRecord ? (
                  <Button
                    size="compact-xs"
                    variant="light"
                    leftSection={<IconClipboardPlus size={14} />}
                    aria-label={t('satisfaction.due.recordLabel', {
                      assignment: item.assignmentTitle,
                    })}
                    onClick={() => props.onRecord?.(item)}
                  >
                    {t('satisfaction.due.record')}
                  </Button>
                ) : (
                  <Button
                    size="compact-xs"
                    variant="light"
                    component={Link}
                    to={`/organizations/${item.organizationId}?evaluate=${item.assignmentId}#evaluations`}
                    leftSection={<IconClipboardPlus size={14} />}
                    aria-label={t('satisfaction.due.recordLabel', {
                      assignment: item.assignmentTitle,
                    })}
                  >
                    {t('satisfaction.due.record')}
                  </Button>
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CardTable>
  );
}
