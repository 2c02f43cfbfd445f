// Lost clients (method §8): the reasons per fiscal year and category with the revenue they took,
// every loss, and, opened from the revenue bridge (?year=), the clients of its "lost" and "won
// back" bars with their recorded reasons. The bars are the bridge's own (decision 0037).
import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { categoryLabel } from '../choosing/choosingLabels.ts';
import { formatDate, formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { usePortfolioYears } from '../portfolio/queries.ts';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import { ScrollTable } from '../shared/ScrollTable.tsx';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';
import {
  reasonLabel,
  useBridgeLosses,
  useLostReport,
  type LossSummary,
  type LostReason,
} from './queries.ts';

export function LostClientsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const asked = Number(params.get('year'));
  const bridgeYear = Number.isInteger(asked) && asked >= 1900 && asked < 3000 ? asked : null;
  const report = useLostReport();
  const startMonth = usePortfolioYears().data?.fiscalYearStartMonth ?? 1;
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('lost.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('lost.intro')}
        </Text>
      </Stack>
      {bridgeYear !== null && <BridgeBars year={bridgeYear} startMonth={startMonth} />}
      {report.isPending ? (
        <Loading />
      ) : report.error ? (
        <LoadFailed error={report.error} />
      ) : report.data.groups.length === 0 ? (
        <Text>{t('lost.empty')}</Text>
      ) : (
        <>
          {report.data.groups.map((group) => (
            <Section
              key={`${group.year}-${group.category ?? ''}`}
              title={`${t('lost.year', { year: fiscalYearLabel(group.year, startMonth) })} · ${
                group.category === null
                  ? t('lost.noCategory')
                  : categoryLabel(group.category, report.data.categories, t)
              }`}
              description={<Totals {...group} />}
              testId="lost-group"
            >
              <ReasonTable group={group} reasons={report.data.reasons} />
            </Section>
          ))}
          <Section title={t('lost.allLosses')}>
            <LossTable losses={report.data.losses} reasons={report.data.reasons} />
          </Section>
        </>
      )}
    </Stack>
  );
}

function Totals(props: { losses: number; revenueCents: number; wonBack: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  return (
    <>
      {t('lost.losses')}: {props.losses} · {t('lost.revenue')}:{' '}
      {formatMoney(props.revenueCents, currency, language)} · {t('lost.wonBack')}: {props.wonBack}
    </>
  );
}

function ReasonTable(props: {
  group: {
    reasons: { reasonId: string; losses: number; revenueCents: number; wonBack: number }[];
  };
  reasons: LostReason[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  return (
    <ScrollTable label={t('lost.reason')} minWidth={420}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('lost.reason')}</Table.Th>
            <Table.Th ta="right">{t('lost.losses')}</Table.Th>
            <Table.Th ta="right">{t('lost.revenue')}</Table.Th>
            <Table.Th ta="right">{t('lost.wonBack')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.group.reasons.map((line) => (
            <Table.Tr key={line.reasonId}>
              <Table.Td>
                {reasonLabel(
                  props.reasons.find((reason) => reason.id === line.reasonId),
                  t,
                )}
              </Table.Td>
              <Table.Td ta="right">{line.losses}</Table.Td>
              <Table.Td ta="right">{formatMoney(line.revenueCents, currency, language)}</Table.Td>
              <Table.Td ta="right">{line.wonBack}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function LossTable(props: { losses: LossSummary[]; reasons: LostReason[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  return (
    <ScrollTable label={t('lost.allLosses')} minWidth={640}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('lost.client')}</Table.Th>
            <Table.Th>{t('lost.lostOn')}</Table.Th>
            <Table.Th>{t('lost.reason')}</Table.Th>
            <Table.Th ta="right">{t('lost.revenue')}</Table.Th>
            <Table.Th>{t('lost.wonBack')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.losses.map((loss) => (
            <Table.Tr key={loss.id}>
              <Table.Td>
                <Anchor component={Link} to={`/organizations/${loss.organizationId}`}>
                  {loss.organizationName}
                </Anchor>
              </Table.Td>
              <Table.Td>{formatDate(loss.lostOn, language)}</Table.Td>
              <Table.Td>
                {reasonLabel(
                  props.reasons.find((reason) => reason.id === loss.reasonId),
                  t,
                )}
              </Table.Td>
              <Table.Td ta="right">{formatMoney(loss.revenueCents, currency, language)}</Table.Td>
              <Table.Td>{loss.wonBackOn ? formatDate(loss.wonBackOn, language) : ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function BridgeBars(props: { year: number; startMonth: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const bridge = useBridgeLosses(props.year);
  const label = (year: number) => fiscalYearLabel(year, props.startMonth);
  if (bridge.isPending) return <Loading />;
  if (bridge.error) return <LoadFailed error={bridge.error} />;
  const { lost, returned, reasons } = bridge.data;
  const bar = (
    title: string,
    amountCents: number,
    clients: typeof lost.clients,
    revenueOf: (client: (typeof lost.clients)[number]) => number,
    revenueYear: number,
  ) => (
    <Paper withBorder p="md" data-testid="bridge-bar">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{title}</Text>
        <Badge variant="light">{formatMoney(amountCents, currency, language)}</Badge>
      </Group>
      <ScrollTable label={title} minWidth={560}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('lost.client')}</Table.Th>
              <Table.Th ta="right">
                {t('lost.previousRevenue', { year: label(revenueYear) })}
              </Table.Th>
              <Table.Th>{t('lost.reason')}</Table.Th>
              <Table.Th>{t('lost.lostOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {clients.map((client) => (
              <Table.Tr key={client.clientId}>
                <Table.Td>
                  <Anchor component={Link} to={`/organizations/${client.clientId}`}>
                    {client.name}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">{formatMoney(revenueOf(client), currency, language)}</Table.Td>
                <Table.Td>
                  {client.loss ? (
                    reasonLabel(
                      reasons.find((reason) => reason.id === client.loss?.reasonId),
                      t,
                    )
                  ) : (
                    <Text span size="sm" c="dimmed">
                      {t('lost.noLossRecorded')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{client.loss ? formatDate(client.loss.lostOn, language) : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
  return (
    <Section title={t('lost.fromBridge', { year: label(props.year) })} testId="bridge-losses">
      <Stack>
        {bar(
          t('lost.bridgeLost', { year: label(props.year), previous: label(props.year - 1) }),
          lost.amountCents,
          lost.clients,
          (client) => client.previousCents,
          props.year - 1,
        )}
        {bar(
          t('lost.bridgeReturned', { year: label(props.year), previous: label(props.year - 1) }),
          returned.amountCents,
          returned.clients,
          (client) => client.currentCents,
          props.year,
        )}
        <Anchor component={Link} to={`/portfolio/bridge?year=${props.year}`} size="sm">
          ← {t('bridge.title')}
        </Anchor>
      </Stack>
    </Section>
  );
}
