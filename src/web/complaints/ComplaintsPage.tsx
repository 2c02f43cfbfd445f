// The firm's complaints (method §7, §15): the open ones, most overdue first, for everyone or one
// professional, and the report per category and professional: how many, how long they took to
// solve in working days, and how many steps were taken within the norm.
import { Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../app/session.tsx';
import { useUsers } from '../app/users.ts';
import { KeyFigure } from '../shared/KeyFigure.tsx';
import { ScrollTable } from '../shared/ScrollTable.tsx';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { useComplaintReport, useFirmComplaints, type ComplaintReport } from './complaintQueries.ts';
import { ComplaintTable } from './ComplaintTable.tsx';

type Tally = ComplaintReport['firm'];

/** "3 of 4" steps within the norm, or a dash when none was judged yet. */
function withinNorm(within: number, judged: number, t: TFunction) {
  return judged === 0 ? '—' : t('complaints.report.ofJudged', { within, judged });
}

function days(value: number | null, language: string) {
  return value === null ? '—' : value.toLocaleString(language, { maximumFractionDigits: 1 });
}

function TallyTable(props: {
  rows: { name: string; tally: Tally }[];
  first: string;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ScrollTable label={props.label} minWidth={760}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{props.first}</Table.Th>
            <Table.Th ta="right">{t('complaints.report.count')}</Table.Th>
            <Table.Th ta="right">{t('complaints.report.open')}</Table.Th>
            <Table.Th ta="right">{t('complaints.report.average')}</Table.Th>
            <Table.Th ta="right">{t('complaints.report.median')}</Table.Th>
            <Table.Th ta="right">{t('complaints.report.acknowledged')}</Table.Th>
            <Table.Th ta="right">{t('complaints.report.solved')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map(({ name, tally }) => (
            <Table.Tr key={name}>
              <Table.Td>{name}</Table.Td>
              <Table.Td ta="right">{tally.count}</Table.Td>
              <Table.Td ta="right">{tally.open}</Table.Td>
              <Table.Td ta="right">
                {days(tally.averageResolutionWorkingDays, i18n.language)}
              </Table.Td>
              <Table.Td ta="right">
                {days(tally.medianResolutionWorkingDays, i18n.language)}
              </Table.Td>
              <Table.Td ta="right">
                {withinNorm(tally.acknowledgedWithinNorm, tally.acknowledgedJudged, t)}
              </Table.Td>
              <Table.Td ta="right">
                {withinNorm(tally.solvedWithinNorm, tally.solvedJudged, t)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function ReportPanel() {
  const { t, i18n } = useTranslation();
  const report = useComplaintReport();
  if (report.isPending) return <Loading />;
  if (report.error) return <LoadFailed error={report.error} retry={() => void report.refetch()} />;
  const { firm, byCategory, byProfessional } = report.data;
  if (firm.count === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('complaints.report.empty')}
      </Text>
    );
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <KeyFigure label={t('complaints.report.count')} value={String(firm.count)} />
        <KeyFigure label={t('complaints.report.open')} value={String(firm.open)} />
        <KeyFigure
          label={t('complaints.report.median')}
          value={days(firm.medianResolutionWorkingDays, i18n.language)}
        />
        <KeyFigure
          label={t('complaints.report.solved')}
          value={withinNorm(firm.solvedWithinNorm, firm.solvedJudged, t)}
        />
      </SimpleGrid>
      <Title order={3} size="h5">
        {t('complaints.report.byCategory')}
      </Title>
      <TallyTable
        label={t('complaints.report.byCategory')}
        first={t('complaints.report.category')}
        rows={byCategory.map((row) => ({
          name: row.category ?? t('complaints.report.noCategory'),
          tally: row,
        }))}
      />
      <Title order={3} size="h5">
        {t('complaints.report.byProfessional')}
      </Title>
      <TallyTable
        label={t('complaints.report.byProfessional')}
        first={t('complaints.report.professional')}
        rows={byProfessional.map((row) => ({
          name: row.professionalName ?? t('complaints.report.nobody'),
          tally: row,
        }))}
      />
    </Stack>
  );
}

export function ComplaintsPage() {
  const { t } = useTranslation();
  const { write } = usePermissions();
  const users = useUsers();
  const [params, setParams] = useSearchParams();
  const professionalId = params.get('for') ?? undefined;
  const complaints = useFirmComplaints({
    open: 'true',
    ...(professionalId ? { professionalId } : {}),
  });
  const items = complaints.data?.items ?? [];

  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4} maw={720}>
          <Title order={1} size="h2">
            {t('complaints.pageTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('complaints.intro')}
          </Text>
        </Stack>
        <Select
          size="xs"
          w={220}
          label={t('complaints.forUser')}
          placeholder={t('complaints.everyone')}
          clearable
          searchable
          value={professionalId ?? null}
          data={(users.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
          onChange={(value) => setParams(value ? { for: value } : {}, { replace: true })}
        />
      </Group>
      <Paper withBorder p="lg" data-testid="open-complaints">
        <Title order={2} size="h4" mb="sm">
          {t('complaints.openTitle')}
        </Title>
        {complaints.isPending ? (
          <Loading />
        ) : complaints.error ? (
          <LoadFailed error={complaints.error} retry={() => void complaints.refetch()} />
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('complaints.noneOpen')}
          </Text>
        ) : (
          <ComplaintTable items={items} showClient editable={write} />
        )}
      </Paper>
      <Paper withBorder p="lg" data-testid="complaint-report">
        <Title order={2} size="h4" mb="sm">
          {t('complaints.report.title')}
        </Title>
        <ReportPanel />
      </Paper>
    </Stack>
  );
}
