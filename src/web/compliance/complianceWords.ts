// The words for what the compliance report counts: why a client falls short, and a share of
// requests within their norm with the average time they took.
import type { TFunction } from 'i18next';
import { basisPointsRoundedDown } from '../../core/portfolio/basis-points.ts';
import { formatBasisPoints, formatNumber, type Language } from '../format.ts';
import type { ComplianceRollup, ComplianceShortfall } from './complianceQueries.ts';

export function shortfallText(shortfall: ComplianceShortfall, t: TFunction): string {
  switch (shortfall.code) {
    case 'contactOverdue':
      return t('compliance.shortfalls.contactOverdue', { count: shortfall.daysOverdue });
    case 'tooFewContacts':
      return t('compliance.shortfalls.tooFewContacts', {
        count: shortfall.count,
        expected: shortfall.expected,
      });
    case 'callBacksLate':
      return t('compliance.shortfalls.callBacksLate', { count: shortfall.count });
    case 'proposalsLate':
      return t('compliance.shortfalls.proposalsLate', { count: shortfall.count });
    case 'dutyMissed':
      return t('compliance.shortfalls.dutyMissed', {
        duty:
          shortfall.duty === 'mailing' || shortfall.duty === 'giftOrGreeting'
            ? t(`compliance.yearlyNorms.${shortfall.duty}`)
            : t(`activities.duties.${shortfall.duty}`).toLowerCase(),
      });
    case 'secondProfessionalMissing':
      return t('compliance.shortfalls.secondProfessionalMissing', { count: shortfall.count });
    case 'evaluationsMissed':
      return t('compliance.shortfalls.evaluationsMissed', { count: shortfall.count });
    case 'complaintsAcknowledgedLate':
      return t('compliance.shortfalls.complaintsAcknowledgedLate', { count: shortfall.count });
    case 'complaintsSolvedLate':
      return t('compliance.shortfalls.complaintsSolvedLate', { count: shortfall.count });
  }
}

type Requests = ComplianceRollup['callBacks'];

/** A share in whole percents, rounded down: it reads 100% only when every one counts. */
function wholePercentDown(basisPoints: number, language: Language): string {
  return formatBasisPoints(Math.floor(basisPoints / 100) * 100, language, 0);
}

/** "3/4 (75%)", or a dash when nothing was judged. */
export function withinNormText(requests: Requests, language: Language): string {
  if (requests.judged === 0 || requests.withinNormBasisPoints === null) return '–';
  return `${requests.withinNorm}/${requests.judged} (${wholePercentDown(requests.withinNormBasisPoints, language)})`;
}

/** "1 (50%)": the clients delivered and their share, or a dash for no clients. */
export function deliveredText(delivered: number, clients: number, language: Language): string {
  if (clients === 0) return '–';
  return `${delivered} (${wholePercentDown(basisPointsRoundedDown(delivered, clients), language)})`;
}

/** The average working days the done requests took, or a dash. */
export function averageDaysText(requests: Requests, language: Language): string {
  if (requests.averageWorkingDaysHundredths === null) return '–';
  return formatNumber(requests.averageWorkingDaysHundredths / 100, language);
}

/** "2/3", or a dash when none is asked. */
export function ofText(count: number, of: number): string {
  return of === 0 ? '–' : `${count}/${of}`;
}
