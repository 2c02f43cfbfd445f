// The firm's gift register (method.md §6): every gift to a client's contact persons over a period,
// newest first, with its warnings; by default the past year and what is planned for the next;
// each client opens its own page.
import { Anchor, Badge, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useFirmToday } from '../app/today.ts';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addCalendarDays, sameDayYearEarlier } from '../../core/servicing/calendar-days.ts';
import { useSession } from '../app/session.tsx';
import { formatDate, formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { ScrollTable } from '../shared/ScrollTable.tsx';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { useGiftRegister } from './giftQueries.ts';
import { useOccasionLabel } from './GiftsSection.tsx';
import { GiftWarnings } from './GiftWarnings.tsx';

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export function GiftRegisterPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const occasionLabel = useOccasionLabel();
  const today = useFirmToday();
  // the past year and the gifts planned for the coming one
  const [period, setPeriod] = useState({
    from: addCalendarDays(sameDayYearEarlier(today), 1),
    to: addCalendarDays(today, 365),
  });
  // a half-typed date keeps the last whole period on screen
  const [typed, setTyped] = useState(period);
  const register = useGiftRegister(period);
  const change = (field: 'from' | 'to', value: string) => {
    const next = { ...typed, [field]: value };
    setTyped(next);
    if (isDay(next.from) && isDay(next.to) && next.from <= next.to) setPeriod(next);
  };
  const data = register.data;

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('gifts.registerTitle')}
      </Title>
      <Text size="sm" c="dimmed" maw={720}>
        {t('gifts.registerIntro')}
      </Text>
      <Group align="flex-end">
        <TextInput
          type="date"
          label={t('gifts.from')}
          value={typed.from}
          onChange={(event) => change('from', event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('gifts.to')}
          value={typed.to}
          onChange={(event) => change('to', event.currentTarget.value)}
        />
        {data && (
          <Text size="sm" c="dimmed" pb={8}>
            {data.valueLimitCents === null
              ? t('gifts.noLimit')
              : t('gifts.limit', {
                  amount: formatMoney(data.valueLimitCents, currency, language),
                })}
          </Text>
        )}
      </Group>
      <Paper withBorder p="lg">
        {!data ? (
          register.error ? (
            <LoadFailed error={register.error} retry={() => void register.refetch()} />
          ) : (
            <Loading />
          )
        ) : data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('gifts.emptyRegister')}
          </Text>
        ) : (
          <ScrollTable label={t('gifts.registerTitle')} minWidth={820}>
            <Table verticalSpacing="xs" highlightOnHover data-testid="gift-register">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('gifts.fields.onDate')}</Table.Th>
                  <Table.Th>{t('gifts.fields.organization')}</Table.Th>
                  <Table.Th>{t('gifts.fields.contactId')}</Table.Th>
                  <Table.Th>{t('gifts.fields.description')}</Table.Th>
                  <Table.Th>{t('gifts.fields.occasion')}</Table.Th>
                  <Table.Th ta="right">{t('gifts.fields.value')}</Table.Th>
                  <Table.Th>{t('gifts.fields.warnings')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((gift) => (
                  <Table.Tr key={gift.id}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm">{formatDate(gift.onDate, language)}</Text>
                        {gift.status === 'planned' && (
                          <Badge size="xs" variant="light">
                            {t('gifts.status.planned')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/organizations/${gift.organizationId}`}
                        size="sm"
                      >
                        {gift.organizationName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{gift.contact.displayName}</Table.Td>
                    <Table.Td>{gift.description}</Table.Td>
                    <Table.Td>{occasionLabel(gift.occasion)}</Table.Td>
                    <Table.Td ta="right">
                      {formatMoney(gift.valueCents, currency, language)}
                    </Table.Td>
                    <Table.Td>
                      <GiftWarnings gift={gift} />
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
