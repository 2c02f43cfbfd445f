// The norms of a service concept in a few words, for the card's heading and the worklist.
import type { TFunction } from 'i18next';
import type { ServiceNorms } from './serviceConceptQueries.ts';

/** The norms that are set, each in a few words, in the order a professional meets them. */
export function normSummary(norms: ServiceNorms, t: TFunction): string[] {
  const parts: string[] = [];
  if (norms.personalContactIntervalDays !== null)
    parts.push(t('service.summary.interval', { count: norms.personalContactIntervalDays }));
  if (norms.callBack !== 'none') parts.push(t(`service.callBack.${norms.callBack}`));
  if (norms.proposalTurnaroundWorkingDays !== null)
    parts.push(t('service.summary.turnaround', { count: norms.proposalTurnaroundWorkingDays }));
  if (norms.complaintAcknowledgeWorkingDays !== null)
    parts.push(
      t('service.summary.complaintAcknowledge', { count: norms.complaintAcknowledgeWorkingDays }),
    );
  if (norms.complaintSolveWorkingDays !== null)
    parts.push(t('service.summary.complaintSolve', { count: norms.complaintSolveWorkingDays }));
  if (norms.mailing) parts.push(t('service.fields.mailing'));
  if (norms.giftPolicy !== 'none') parts.push(t(`service.giftPolicy.${norms.giftPolicy}`));
  if (norms.minimumPersonalContactsPerYear > 0)
    parts.push(t('service.summary.minimum', { count: norms.minimumPersonalContactsPerYear }));
  for (const flag of [
    'evaluationAfterEachAssignment',
    'yearlyEvaluationConversation',
    'accountPlanRequired',
    'yearlyRevenueForecast',
    'secondProfessionalPerAssignment',
  ] as const)
    if (norms[flag]) parts.push(t(`service.fields.${flag}`));
  return parts;
}
