// The review questions of method.md §1 with the figures that answer them, as the reader sees
// them beside each client on screen and on paper.
import type { TFunction } from 'i18next';
import { formatDate, formatMoney, formatNumber, formatPercent, type Language } from '../format.ts';
import { relationshipLength } from '../shared/relationshipLength.ts';
import { formatShare } from '../shared/share.ts';
import { signedMoney } from '../shared/signedMoney.ts';
import type { ReviewClient } from './queries.ts';

export const reviewQuestions = ['interesting', 'length', 'share', 'costs', 'profitable'] as const;
export type ReviewQuestion = (typeof reviewQuestions)[number];

/** A line of an answer; `warning` when it speaks against the client. */
export type AnswerLine = { text: string; warning: boolean };

/** The answer to one question; `warning` when any of its lines does. */
export type ReviewAnswer = { question: ReviewQuestion; lines: AnswerLine[]; warning: boolean };

const line = (text: string, warning = false): AnswerLine => ({ text, warning });

export function reviewAnswers(
  client: ReviewClient,
  { t, language, currency }: { t: TFunction; language: Language; currency: string },
): ReviewAnswer[] {
  const money = (cents: number) => formatMoney(cents, currency, language);
  return reviewQuestions.map((question): ReviewAnswer => {
    switch (question) {
      case 'interesting':
        return {
          question,
          lines: [
            line(
              client.serviceLines.length > 0
                ? t('review.answers.serviceLines', { list: client.serviceLines.join(', ') })
                : t('review.answers.noServiceLines'),
            ),
          ],
          warning: false,
        };
      case 'length':
        return {
          question,
          lines: [
            line(
              client.relationship
                ? t('review.answers.since', {
                    date: formatDate(client.relationship.since, language),
                    length: relationshipLength(client.relationship.totalMonths, t),
                  })
                : t('review.answers.sinceUnknown'),
            ),
          ],
          warning: false,
        };
      case 'share':
        return {
          question,
          lines: [
            line(
              client.shareBasisPoints === null
                ? t('review.answers.noShare')
                : t('review.answers.share', {
                    share: formatShare(client.shareBasisPoints, language),
                    revenue: money(client.revenueCents),
                  }),
            ),
          ],
          warning: false,
        };
      case 'costs': {
        const flagged = (codes: readonly string[]) =>
          client.flags.some((flag) => codes.includes(flag));
        return {
          question,
          lines: [
            line(
              client.revenuePerHourCents === null
                ? t('review.answers.noHours')
                : t('review.answers.revenuePerHour', {
                    amount: money(client.revenuePerHourCents),
                    hours: formatNumber(client.hours ?? 0, language),
                  }),
              flagged(['revenue_per_hour_below_rate', 'revenue_per_hour_below_median']),
            ),
            line(
              client.creditNoteCount === 0
                ? t('review.answers.noCreditNotes')
                : t('review.answers.creditNotes', {
                    count: client.creditNoteCount,
                    formattedCount: formatNumber(client.creditNoteCount, language),
                    amount: money(client.creditNoteCents),
                  }),
              flagged(['many_credit_notes', 'high_credit_note_share']),
            ),
            ...client.flags.map((flag) => line(t(`review.flags.${flag}`), true)),
          ],
          warning: client.costsMoreThanItBrings,
        };
      }
      case 'profitable':
        return {
          question,
          lines: [
            line(
              client.marginCents === null
                ? t('review.answers.noMargin')
                : client.marginPerHourCents === null
                  ? t('review.answers.margin', { amount: money(client.marginCents) })
                  : t('review.answers.marginPerHour', {
                      amount: money(client.marginCents),
                      perHour: money(client.marginPerHourCents),
                    }),
              client.marginCents !== null && client.marginCents < 0,
            ),
            line(
              client.changeRatio === null
                ? t('review.answers.noGrowth')
                : t('review.answers.growth', {
                    ratio: formatPercent(client.changeRatio, language, { digits: 0, signed: true }),
                    change: signedMoney(client.changeCents, currency, language),
                  }),
            ),
          ],
          warning: client.marginCents !== null && client.marginCents < 0,
        };
    }
  });
}
