// The firm's client satisfaction (method.md §7): the evaluations due after ended assignments, the
// most overdue first; the improvement plans opened by evaluations below the norm, changed and
// closed here; the contacts who would recommend the firm; the report of a fiscal year; and the
// norm it holds itself to.
import { Anchor, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions, useSession } from '../app/session.tsx';
import { formatDate } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { CardTable } from '../shared/CardTable.tsx';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';
import { EvaluationDueTable } from './EvaluationDueTable.tsx';
import { ImprovementPlanTable } from './ImprovementPlanTable.tsx';
import { SatisfactionReportSection } from './SatisfactionReportSection.tsx';
import {
  useAmbassadorCandidates,
  useEvaluationsDue,
  useImprovementPlans,
} from './satisfactionQueries.ts';

export function SatisfactionPage() {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const { write } = usePermissions();
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4} maw={760}>
        <Title order={1} size="h2">
          {t('satisfaction.page.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('satisfaction.page.intro')}
        </Text>
        <Group gap="xs" data-testid="satisfaction-norm">
          <Text size="sm" fw={500}>
            {t('satisfaction.page.norm', { norm: workspace.satisfactionNorm })}
          </Text>
          <Anchor component={Link} to="/settings/firm" size="sm">
            {t('satisfaction.page.changeNorm')}
          </Anchor>
        </Group>
      </Stack>
      <DueSection editable={write} />
      <PlansSection editable={write} />
      <AmbassadorsSection />
      <SatisfactionReportSection />
    </Stack>
  );
}

function DueSection({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const due = useEvaluationsDue();
  const items = due.data?.items ?? [];
  return (
    <Section
      title={t('satisfaction.page.due')}
      description={t('satisfaction.page.dueIntro')}
      testId="satisfaction-due"
      landmark
    >
      <Loaded query={due} empty={items.length === 0} emptyText={t('satisfaction.page.dueEmpty')}>
        <EvaluationDueTable items={items} showClient editable={editable} />
      </Loaded>
    </Section>
  );
}

function PlansSection({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'open' | 'closed'>('open');
  const plans = useImprovementPlans({ status });
  const items = plans.data?.items ?? [];
  return (
    <Section
      title={t('satisfaction.page.plans')}
      description={t('satisfaction.page.plansIntro')}
      testId="satisfaction-plans"
      landmark
      actions={
        <SegmentedControl
          size="xs"
          aria-label={t('satisfaction.page.plansShown')}
          value={status}
          onChange={(value) => setStatus(value === 'closed' ? 'closed' : 'open')}
          data={[
            { value: 'open', label: t('satisfaction.page.plansOpen') },
            { value: 'closed', label: t('satisfaction.page.plansClosed') },
          ]}
        />
      }
    >
      <Loaded
        query={plans}
        empty={items.length === 0}
        emptyText={
          status === 'open'
            ? t('satisfaction.page.plansEmpty')
            : t('satisfaction.page.plansClosedEmpty')
        }
      >
        <ImprovementPlanTable items={items} showClient editable={editable} />
      </Loaded>
    </Section>
  );
}

function AmbassadorsSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const candidates = useAmbassadorCandidates();
  const items = candidates.data?.items ?? [];
  return (
    <Section
      title={t('satisfaction.page.ambassadors')}
      description={t('satisfaction.page.ambassadorsIntro')}
      testId="satisfaction-ambassadors"
      landmark
    >
      <Loaded
        query={candidates}
        empty={items.length === 0}
        emptyText={t('satisfaction.page.ambassadorsEmpty')}
      >
        <CardTable verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('satisfaction.columns.contact')}</Table.Th>
              <Table.Th>{t('satisfaction.columns.client')}</Table.Th>
              <Table.Th>{t('satisfaction.columns.recommend')}</Table.Th>
              <Table.Th>{t('satisfaction.columns.evaluatedOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((candidate) => (
              <Table.Tr key={candidate.contactId} data-testid="ambassador-row">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {candidate.contactName}
                  </Text>
                </Table.Td>
                <Table.Td data-label={t('satisfaction.columns.client')}>
                  <Anchor
                    component={Link}
                    to={`/organizations/${candidate.organizationId}`}
                    size="sm"
                  >
                    {candidate.organizationName}
                  </Anchor>
                </Table.Td>
                <Table.Td data-label={t('satisfaction.columns.recommend')}>
                  {candidate.recommend}
                </Table.Td>
                <Table.Td
                  data-label={t('satisfaction.columns.evaluatedOn')}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {formatDate(candidate.evaluatedOn, language)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </CardTable>
      </Loaded>
    </Section>
  );
}

/** A section's content once its list came in: a sentence saying what to do while it is empty. */
function Loaded(props: {
  query: { isPending: boolean; error: Error | null; refetch: () => unknown };
  empty: boolean;
  emptyText: string;
  children: ReactNode;
}) {
  if (props.query.isPending) return <Loading />;
  if (props.query.error)
    return <LoadFailed error={props.query.error} retry={() => void props.query.refetch()} />;
  if (props.empty)
    return (
      <Paper bg="gray.0" p="md" radius="sm">
        <Text size="sm" c="dimmed">
          {props.emptyText}
        </Text>
      </Paper>
    );
  return props.children;
}
