// The revenue plan (method.md §2): for next fiscal year the firm sets growth at existing
// clients, revenue from new clients and expected loss, or takes the proposal from the last
// three years; the target follows. Below, the current year's revenue so far against its plan.
import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions, useSession } from '../app/session.tsx';
import { useLanguage } from '../i18n/index.ts';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import { PortfolioEmpty } from '../shared/PortfolioEmpty.tsx';
import { PortfolioHeader } from '../shared/PortfolioHeader.tsx';
import { usePortfolioYears } from '../portfolio/queries.ts';
import { useAddressParams } from '../shared/useAddressParams.ts';
import { Loading, LoadFailed } from '../ui/QueryState.tsx';
import { planPreview, type PlanTexts } from './planFigures.ts';
import { PlanForm } from './PlanForm.tsx';
import { ProposalBasis } from './ProposalBasis.tsx';
import { PlanProgress } from './PlanProgress.tsx';
import { PlanTarget } from './PlanTarget.tsx';
import { usePlan } from './queries.ts';

export function PlanPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace } = useSession();
  const permissions = usePermissions();
  const startMonth = workspace.fiscalYearStartMonth;
  const years = usePortfolioYears();
  const current = usePlan(null);
  const [params, update] = useAddressParams();
  const asked = Number(params.get('year'));
  const currentYear = current.data?.year ?? null;
  const planYear =
    Number.isInteger(asked) && asked >= 1900 && asked < 3000
      ? asked
      : currentYear === null
        ? null
        : currentYear + 1;
  const plan = usePlan(planYear);
  const [texts, setTexts] = useState<PlanTexts | null>(null);
  const dirty = useRef(false);
  const label = (year: number) => fiscalYearLabel(year, startMonth);

  const chooseYear = (value: string | null) => {
    if (!value || Number(value) === planYear) return;
    if (dirty.current && !window.confirm(t('plan.unsaved'))) return;
    dirty.current = false;
    update({ year: value }, { replace: false });
  };

  const picker =
    currentYear !== null && planYear !== null ? (
      <Select
        label={t('portfolio.year')}
        data={[...new Set([currentYear + 1, currentYear, currentYear - 1, planYear])]
          .sort((a, b) => b - a)
          .map((year) => ({ value: String(year), label: label(year) }))}
        value={String(planYear)}
        onChange={chooseYear}
        allowDeselect={false}
        w={140}
      />
    ) : null;

  const body = () => {
    if (years.isPending || current.isPending || (planYear !== null && plan.isPending)) {
      return <Loading />;
    }
    if (years.error) return <LoadFailed error={years.error} retry={() => void years.refetch()} />;
    if (years.data.years.length === 0) return <PortfolioEmpty />;
    if (current.error) {
      return <LoadFailed error={current.error} retry={() => void current.refetch()} />;
    }
    if (plan.error || !plan.data) {
      return <LoadFailed error={plan.error} retry={() => void plan.refetch()} />;
    }
    const data = plan.data;
    // what is typed, once the firm set amounts or starts typing; else the plan that counts
    const typed =
      texts && (dirty.current || data.inputs)
        ? planPreview(data.startCents, texts, language)
        : null;
    const amounts = typed ??
      data.plan ?? { existingGrowthCents: 0, newClientsCents: 0, expectedLossCents: 0 };
    return (
      <Stack gap="lg">
        <Text maw={760}>{t('plan.intro', { year: label(data.year) })}</Text>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <PlanForm
            key={`${data.year}-${data.inputs?.updatedAt ?? ''}`}
            plan={data}
            yearLabel={label(data.year)}
            currency={workspace.currency}
            canSave={permissions.manageWorkspace}
            onTexts={setTexts}
            onDirty={(value) => {
              dirty.current = value;
            }}
          />
          <PlanTarget
            startCents={data.startCents}
            startComplete={data.startComplete}
            amounts={amounts}
            yearLabel={label(data.year)}
            previousLabel={label(data.year - 1)}
            currency={workspace.currency}
          />
        </SimpleGrid>
        {data.proposal && (
          <ProposalBasis
            proposal={data.proposal}
            currency={workspace.currency}
            startMonth={startMonth}
          />
        )}
        <PlanProgress
          plan={current.data.year === data.year ? data : current.data}
          yearLabel={label(current.data.year)}
          currency={workspace.currency}
        />
      </Stack>
    );
  };

  return (
    <Stack gap="lg">
      <PortfolioHeader page="plan" picker={picker} />
      {body()}
    </Stack>
  );
}
