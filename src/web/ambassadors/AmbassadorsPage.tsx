// Ambassadors (method.md §10): those to thank for a client they referred (one click logs the
// thank-you as a person-P call), every ambassador with the clients and revenue it brought, and
// the prospects that fit the profile to introduce to an ambassador of their sector.
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHeartHandshake } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { useFirmToday } from '../app/today.ts';
import { formatDate, formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { ScrollTable } from '../shared/ScrollTable.tsx';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { useAmbassadors, useIntroductions, useThank, type ThankYou } from './ambassadorQueries.ts';

const clientLink = (id: string, name: string) => (
  <Anchor component={Link} to={`/organizations/${id}`} size="sm">
    {name}
  </Anchor>
);

export function AmbassadorsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const today = useFirmToday();
  const overview = useAmbassadors();
  const introductions = useIntroductions();
  const thank = useThank();
  const data = overview.data;

  const sayThanks = (thanks: ThankYou) =>
    thank.mutate(
      {
        thanks,
        day: today,
        subject: t('ambassadors.thankSubject', { name: thanks.referredOrganizationName }),
      },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: t('ambassadors.thanked', { name: thanks.referrerOrganizationName }),
          }),
        onError: (error) => notifications.show({ color: 'red', message: String(error) }),
      },
    );

  if (!data)
    return overview.error ? (
      <LoadFailed error={overview.error} retry={() => void overview.refetch()} />
    ) : (
      <Loading />
    );

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('ambassadors.title')}
      </Title>
      <Text size="sm" c="dimmed" maw={760}>
        {t('ambassadors.intro')}
      </Text>

      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="sm">
          {t('ambassadors.toThank')}
        </Title>
        {data.thankYous.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('ambassadors.nobodyToThank')}
          </Text>
        ) : (
          <ScrollTable label={t('ambassadors.toThank')} minWidth={640}>
            <Table verticalSpacing="xs" data-testid="thank-yous">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ambassadors.columns.ambassador')}</Table.Th>
                  <Table.Th>{t('ambassadors.columns.referred')}</Table.Th>
                  <Table.Th>{t('ambassadors.columns.due')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.thankYous.map((thanks) => (
                  <Table.Tr key={thanks.referredOrganizationId}>
                    <Table.Td>
                      {clientLink(thanks.referrerOrganizationId, thanks.referrerOrganizationName)}
                      {thanks.referrerContactName && (
                        <Text size="xs" c="dimmed">
                          {thanks.referrerContactName}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {clientLink(thanks.referredOrganizationId, thanks.referredOrganizationName)}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm">{formatDate(thanks.dueOn, language)}</Text>
                        {thanks.overdue && (
                          <Badge size="xs" color="red" variant="light">
                            {t('ambassadors.overdue')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="compact-sm"
                        variant="light"
                        leftSection={<IconHeartHandshake size={14} />}
                        loading={thank.isPending}
                        aria-label={t('ambassadors.thankAria', {
                          name: thanks.referrerOrganizationName,
                        })}
                        onClick={() => sayThanks(thanks)}
                      >
                        {t('ambassadors.thank')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Paper>

      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="sm">
          {t('ambassadors.listTitle')}
        </Title>
        {data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('ambassadors.empty')}
          </Text>
        ) : (
          <ScrollTable label={t('ambassadors.listTitle')} minWidth={720}>
            <Table verticalSpacing="xs" data-testid="ambassadors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ambassadors.columns.ambassador')}</Table.Th>
                  <Table.Th>{t('ambassadors.columns.clients')}</Table.Th>
                  <Table.Th ta="right">{t('ambassadors.columns.revenue')}</Table.Th>
                  <Table.Th>{t('ambassadors.columns.recommends')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((a) => (
                  <Table.Tr key={a.organizationId}>
                    <Table.Td>
                      {clientLink(a.organizationId, a.organizationName)}
                      {a.sector && (
                        <Text size="xs" c="dimmed">
                          {a.sector}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {a.clients.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t('ambassadors.noneReferred')}
                        </Text>
                      ) : (
                        <Stack gap={2}>
                          {a.clients.map((c) => (
                            <Text size="sm" key={c.organizationId}>
                              {clientLink(c.organizationId, c.name)}{' '}
                              <Text span size="xs" c="dimmed">
                                {c.startedOn
                                  ? t('ambassadors.since', {
                                      date: formatDate(c.startedOn, language),
                                    })
                                  : t('ambassadors.notYetClient')}
                              </Text>
                            </Text>
                          ))}
                        </Stack>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      {formatMoney(a.revenueCents, currency, language)}
                    </Table.Td>
                    <Table.Td>
                      {a.candidates.map((c) => (
                        <Text size="sm" key={c.contactId}>
                          {t('ambassadors.recommends', {
                            name: c.contactName,
                            score: c.recommend,
                          })}
                        </Text>
                      ))}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Paper>

      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="sm">
          {t('ambassadors.introductionsTitle')}
        </Title>
        {!introductions.data ? (
          <Loading />
        ) : introductions.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('ambassadors.noIntroductions')}
          </Text>
        ) : (
          <ScrollTable label={t('ambassadors.introductionsTitle')} minWidth={640}>
            <Table verticalSpacing="xs" data-testid="introductions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ambassadors.columns.prospect')}</Table.Th>
                  <Table.Th>{t('ambassadors.columns.ambassador')}</Table.Th>
                  <Table.Th>{t('ambassadors.columns.why')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {introductions.data.items.map((s) => (
                  <Table.Tr key={`${s.prospectId}:${s.ambassadorOrganizationId}`}>
                    <Table.Td>{clientLink(s.prospectId, s.prospectName)}</Table.Td>
                    <Table.Td>
                      {clientLink(s.ambassadorOrganizationId, s.ambassadorOrganizationName)}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {t(`ambassadors.because.${s.basis}`, { value: s.value, fit: s.fit })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Paper>
    </Stack>
  );
}
