// The audit log of one record: who changed what, when, from what to what.
import { Button, Stack, Table, Text, Timeline } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { formatDateTime } from '../format.ts';
import { en } from '../i18n/en.ts';
import { useLanguage } from '../i18n/index.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';
import { actionLabel, auditFieldLabel } from './historyTexts.ts';
import { HistoryValue } from './HistoryValue.tsx';

type EntityType = 'organization' | 'contact' | 'user';

const organizationFields = Object.keys(en.organizations.fields);
const contactFields = Object.keys(en.contacts.fields);

// the fields of a review decision ('decide')
const decisionFields: Record<string, string> = {
  year: 'portfolio.year',
  decision: 'review.columns.decision',
  note: 'review.export.note',
};

function fieldLabel(field: string, t: TFunction): string {
  const decisionField = decisionFields[field];
  if (decisionField) return t(decisionField as never);
  const name = field.replace(/Id$/, '');
  if (organizationFields.includes(name)) return t(`organizations.fields.${name}` as never);
  if (contactFields.includes(name)) return t(`contacts.fields.${name}` as never);
  return auditFieldLabel(field, t) ?? field;
}

export function HistorySection({ entityType, id }: { entityType: EntityType; id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const history = useInfiniteQuery({
    queryKey: ['audit', entityType, id],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/audit/{entityType}/{id}', {
          params: {
            path: { entityType, id },
            query: { limit: 20, ...(pageParam ? { before: pageParam } : {}) },
          },
        }),
      ),
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });
  const entries = history.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Section title={t('history.title')}>
      {history.isPending ? (
        <Loading />
      ) : history.error ? (
        <LoadFailed error={history.error} retry={() => void history.refetch()} />
      ) : entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('history.empty')}
        </Text>
      ) : (
        <Stack>
          <Timeline bulletSize={12} lineWidth={2}>
            {entries.map((entry) => {
              const changes = Object.entries(entry.changes);
              return (
                <Timeline.Item
                  key={entry.id}
                  title={
                    <Text size="sm" fw={500}>
                      {actionLabel(entry, t)}{' '}
                      <Text span size="sm" c="dimmed" fw={400}>
                        {formatDateTime(entry.at, language)} ·{' '}
                        {t('history.by', { name: entry.userName ?? t('history.system') })}
                      </Text>
                    </Text>
                  }
                >
                  {changes.length > 0 && (
                    <Table fz="xs" withRowBorders={false} verticalSpacing={2} mt={4}>
                      <Table.Tbody>
                        {changes.map(([field, [before, after]]) => (
                          <Table.Tr key={field}>
                            <Table.Td w="30%" c="dimmed">
                              {fieldLabel(field, t)}
                            </Table.Td>
                            <Table.Td style={{ wordBreak: 'break-word' }}>
                              <Text span size="xs" td="line-through" c="dimmed">
                                <HistoryValue field={field} value={before} />
                              </Text>{' '}
                              → <HistoryValue field={field} value={after} />
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  )}
                </Timeline.Item>
              );
            })}
          </Timeline>
          {history.hasNextPage && (
            <Button
              variant="subtle"
              size="xs"
              loading={history.isFetchingNextPage}
              onClick={() => void history.fetchNextPage()}
              w="fit-content"
            >
              {t('history.more')}
            </Button>
          )}
        </Stack>
      )}
    </Section>
  );
}
