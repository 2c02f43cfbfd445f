// The review as a file: the rows as the user sees them (filtered, largest first), every figure
// in full, the signals and the latest decision in words.
import type { TFunction } from 'i18next';
import type { ExportTable } from '../export/table.ts';
import type { en } from '../i18n/en.ts';
import type { ReviewClient } from './queries.ts';

export function reviewExportTable(
  rows: readonly ReviewClient[],
  { t, currency }: { t: TFunction; currency: string },
): ExportTable {
  const money = (name: string) => `${name} (${currency})`;
  const column = (key: keyof typeof en.review.export) => t(`review.export.${key}`);
  return {
    name: t('review.title'),
    columns: [
      { header: column('name'), kind: 'text' },
      { header: money(column('revenue')), kind: 'money' },
      { header: `${column('share')} (%)`, kind: 'percent' },
      { header: column('since'), kind: 'text' },
      { header: column('months'), kind: 'integer' },
      { header: column('hours'), kind: 'decimal' },
      { header: money(column('revenuePerHour')), kind: 'money' },
      { header: money(column('margin')), kind: 'money' },
      { header: money(column('marginPerHour')), kind: 'money' },
      { header: column('creditNotes'), kind: 'integer' },
      { header: money(column('creditNoteAmount')), kind: 'money' },
      { header: money(column('change')), kind: 'money' },
      { header: `${column('growth')} (%)`, kind: 'percent' },
      { header: column('serviceLines'), kind: 'text' },
      { header: column('signals'), kind: 'text' },
      { header: column('decision'), kind: 'text' },
      { header: column('decidedOn'), kind: 'text' },
      { header: column('decidedBy'), kind: 'text' },
      { header: column('note'), kind: 'text' },
    ],
    rows: rows.map((client) => {
      const cents = (value: number | null) => (value === null ? null : value / 100);
      const decision = client.decision;
      return [
        client.name,
        client.revenueCents / 100,
        client.shareBasisPoints === null ? null : client.shareBasisPoints / 10_000,
        client.relationship?.since ?? null,
        client.relationship?.totalMonths ?? null,
        client.hours,
        cents(client.revenuePerHourCents),
        cents(client.marginCents),
        cents(client.marginPerHourCents),
        client.creditNoteCount,
        client.creditNoteCents / 100,
        client.changeCents / 100,
        client.changeRatio,
        client.serviceLines.join(', '),
        client.flags.map((flag) => t(`review.flags.${flag}`)).join('; '),
        decision ? t(`review.decisions.${decision.decision}`) : null,
        decision ? decision.createdAt.slice(0, 10) : null,
        decision?.userName ?? null,
        decision?.note ?? null,
      ];
    }),
  };
}
