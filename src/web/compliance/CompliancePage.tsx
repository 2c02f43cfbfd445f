// Is the service concept delivered? The fiscal year per category and per professional, the four
// P's per category, and the clients that fall short, most valuable first, each with its reasons
// (method.md §5, §14).
import { Anchor, Badge, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useFirmToday } from '../app/today.ts';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { useUserNames } from '../app/users.ts';
import { categoryLabel } from '../choosing/choosingLabels.ts';
import { useSchemes, type Category } from '../choosing/queries.ts';
import { fiscalYearOf } from '../../core/portfolio/fiscal-year.ts';
import { fiscalYearLabel } from '../portfolio/fiscalYear.ts';
import { formatDate, formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';
import { CategoryFourPs } from './CategoryFourPs.tsx';
import { useComplianceReport, type ComplianceReport } from './complianceQueries.ts';
import { ComplianceTable } from './ComplianceTable.tsx';
import { shortfallText } from './complianceWords.ts';

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

function ComplianceFigures({
  report,
  categories,
  fiscalYear,
}: {
  report: ComplianceReport;
  categories: readonly Pick<Category, 'key' | 'name'>[];
  fiscalYear: number | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const names = useUserNames();
  const label = (key: string | null) =>
    key === null ? t('compliance.noCategory') : categoryLabel(key, categories, t);

  if (report.firm.clients === 0)
    return (
      <Paper withBorder p="lg">
        <Text size="sm" c="dimmed">
          {t('compliance.empty')}
        </Text>
      </Paper>
    );
  const hidden = report.shortfallClientCount - report.shortfallClients.length;
  return (
    <Stack gap="lg">
      <Text size="sm" data-testid="compliance-period">
        {t(report.judgedAt < report.to ? 'compliance.periodRunning' : 'compliance.periodOver', {
          from: formatDate(report.from, language),
          to: formatDate(report.to, language),
          judgedAt: formatDate(report.judgedAt, language),
        })}{' '}
        <Text span fw={600}>
          {t('compliance.deliveredSummary', {
            delivered: report.firm.delivered,
            count: report.firm.clients,
          })}
        </Text>
      </Text>
      <Section title={t('compliance.perCategory')}>
        <ComplianceTable
          testId="compliance-categories"
          firstColumn={t('compliance.columns.category')}
          firm={report.firm}
          rows={report.categories.map((category) => ({
            key: category.categoryKey ?? 'none',
            label: label(category.categoryKey),
            figures: category,
          }))}
        />
      </Section>
      <Section title={t('compliance.perProfessional')}>
        {report.professionals.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('compliance.noProfessionals')}
          </Text>
        ) : (
          <ComplianceTable
            testId="compliance-professionals"
            firstColumn={t('compliance.columns.professional')}
            firm={report.firm}
            rows={report.professionals.map((professional) => ({
              key: professional.userId,
              label: professional.name,
              figures: professional,
            }))}
          />
        )}
      </Section>
      <Section title={t('compliance.fourPs.title')} description={t('compliance.fourPs.intro')}>
        <CategoryFourPs fiscalYear={fiscalYear} categories={categories} />
      </Section>
      <Section title={t('compliance.shortfallTitle', { count: report.shortfallClientCount })}>
        <Stack gap="xs">
          {report.shortfallClients.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="compliance-all-delivered">
              {t('compliance.allDelivered')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={820}>
              <Table
                verticalSpacing="xs"
                highlightOnHover
                fz="sm"
                data-testid="compliance-shortfalls"
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('compliance.columns.client')}</Table.Th>
                    <Table.Th>{t('compliance.columns.category')}</Table.Th>
                    <Table.Th>{t('compliance.columns.manager')}</Table.Th>
                    <Table.Th ta="right">{t('compliance.columns.value')}</Table.Th>
                    <Table.Th>{t('compliance.columns.lastContact')}</Table.Th>
                    <Table.Th>{t('compliance.columns.why')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.shortfallClients.map((client) => (
                    <Table.Tr key={client.organizationId}>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/organizations/${client.organizationId}`}
                          size="sm"
                        >
                          {client.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{label(client.categoryKey)}</Table.Td>
                      <Table.Td>
                        {client.relationshipManagerId === null
                          ? t('compliance.noManager')
                          : (names.get(client.relationshipManagerId) ?? '…')}
                      </Table.Td>
                      <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {formatMoney(client.valueCents, currency, language)}
                      </Table.Td>
                      <Table.Td>
                        {client.lastPersonalContact === null
                          ? t('compliance.never')
                          : formatDate(client.lastPersonalContact, language)}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {client.shortfalls.map((shortfall, i) => (
                            <Badge key={i} size="sm" variant="light" color="orange" tt="none">
                              {shortfallText(shortfall, t)}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {hidden > 0 && (
            <Text size="xs" c="dimmed">
              {t('compliance.moreShortfalls', { count: hidden })}
            </Text>
          )}
        </Stack>
      </Section>
    </Stack>
  );
}
