// The review on paper: a title with the firm and the year, then every client of the list with
// the questions, the figures that answer them and the latest decision. Plain elements, so
// thousands of clients render quickly; it exists only while printing.
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import type { ReviewClient } from './queries.ts';
import { reviewAnswers } from './reviewAnswers.ts';

export function ReviewPrint(props: {
  rows: ReviewClient[];
  total: number;
  filters: string[];
  firm: string;
  yearLabel: string;
  currency: string;
  today: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const count = (value: number) => formatNumber(value, language);
  return (
    <div className="print-only review-print">
      <header className="review-print-title">
        <h1>{t('review.printTitle', { year: props.yearLabel })}</h1>
        <p>
          {t('review.printFirm', { firm: props.firm, date: formatDate(props.today, language) })}
        </p>
        <p>
          {props.filters.length > 0
            ? t('review.printFiltered', {
                formattedShown: count(props.rows.length),
                formattedTotal: count(props.total),
                filters: props.filters.join(', '),
              })
            : t('review.printCount', {
                count: props.rows.length,
                formattedCount: count(props.rows.length),
              })}
        </p>
      </header>
      {props.rows.map((client) => {
        const decision = client.decision;
        return (
          <article key={client.id} className="review-print-client">
            <h2>
              {client.name}
              <span>{formatMoney(client.revenueCents, props.currency, language)}</span>
            </h2>
            {client.costsMoreThanItBrings && (
              <p className="review-print-flag">⚠ {t('review.costsMore')}</p>
            )}
            <dl>
              {reviewAnswers(client, { t, language, currency: props.currency }).map((answer) => (
                <div key={answer.question}>
                  <dt>{t(`review.questions.${answer.question}`)}</dt>
                  <dd>
                    {answer.lines.map((line, index) => (
                      <span key={line.text} className={line.warning ? 'warning' : undefined}>
                        {index > 0 && ' · '}
                        {line.text}
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
              <div className="review-print-decision">
                <dt>{t('review.columns.decision')}</dt>
                <dd>
                  {decision
                    ? [
                        t(`review.decisions.${decision.decision}`),
                        t('review.decidedBy', {
                          date: formatDate(decision.createdAt, language),
                          name: decision.userName ?? t('history.unknown'),
                        }),
                        decision.note,
                      ]
                        .filter(Boolean)
                        .join(' · ')
                    : t('review.undecided')}
                </dd>
              </div>
            </dl>
          </article>
        );
      })}
    </div>
  );
}
