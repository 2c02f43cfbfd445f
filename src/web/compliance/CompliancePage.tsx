// Is the service concept delivered? The fiscal year per category and per professional, the four
// P's per category, and the clients that fall short, most valuable first, each with its reasons
// (method.md §5, §14): a chart of the norms first, the tables closed under it.
import { Group, Select, Stack, Text, Title } from '@mantine/core';
import { useFirmToday } from '../app/today.ts';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { useSchemes } from '../choosing/queries.ts';
import { fiscalYearOf } from '../../core/portfolio/fiscal-year.ts';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { ComplianceFigures } from './ComplianceFigures.tsx';
import { useComplianceReport } from './complianceQueries.ts';

const yearsShown = 5;

export function CompliancePage() {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const startMonth = workspace.fiscalYearStartMonth;
  const [params, setParams] = useSearchParams();
  // the years to choose from end at the year of today: a later one has not begun
  const latest = fiscalYearOf(useFirmToday(), startMonth);
  const asked = Number(params.get('year'));
  const fiscalYear = Number.isInteger(asked) && asked >= 1000 && asked < latest ? asked : undefined;
  const report = useComplianceReport(fiscalYear);
  const schemes = useSchemes();
  const categories = schemes.data?.find((scheme) => scheme.isPrimary)?.categories ?? [];
  const data = report.data;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('compliance.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('compliance.intro')}
          </Text>
        </Stack>
        <Select
          label={t('compliance.fiscalYear')}
          w={140}
          allowDeselect={false}
          data={Array.from({ length: yearsShown }, (_, i) => ({
            value: String(latest - i),
            label: fiscalYearLabel(latest - i, startMonth),
          }))}
          value={String(fiscalYear ?? latest)}
          onChange={(value) =>
            setParams(
              (old) => {
                const next = new URLSearchParams(old);
                if (value === null || Number(value) === latest) next.delete('year');
                else next.set('year', value);
                return next;
              },
              { replace: true },
            )
          }
        />
      </Group>
      {!data ? (
        report.error ? (
          <LoadFailed error={report.error} retry={() => void report.refetch()} />
        ) : (
          <Loading />
        )
      ) : (
        <ComplianceFigures report={data} categories={categories} fiscalYear={fiscalYear} />
      )}
    </Stack>
  );
}
