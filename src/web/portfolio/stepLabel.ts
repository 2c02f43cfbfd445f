// The name of a step of the revenue bridge; the totals carry their fiscal year.
import type { TFunction } from 'i18next';
import type { BridgeStep } from './bridgeSteps.ts';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';

export function stepLabel(
  step: BridgeStep,
  {
    t,
    year,
    startMonth,
    short = false,
  }: { t: TFunction; year: number; startMonth: number; short?: boolean },
): string {
  const yearOfStep = fiscalYearLabel(step === 'start' ? year - 1 : year, startMonth);
  return short
    ? t(`bridge.short.${step}`, { year: yearOfStep })
    : t(`bridge.steps.${step}`, { year: yearOfStep });
}
