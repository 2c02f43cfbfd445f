// The annual review of a fiscal year (jaarlijkse doorlichting, method.md §1): every client with
// the review questions and their figures, the clients that may cost more than they bring
// standing out, and the decision the firm records per client. Prints as a report.
import { Button, Stack, Text } from '@mantine/core';
import { useFirmToday } from '../app/today.ts';
import { IconPrinter } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import { PortfolioEmpty } from '../shared/PortfolioEmpty.tsx';
import { PortfolioHeader } from '../shared/PortfolioHeader.tsx';
import { PortfolioYearEmpty } from '../shared/PortfolioYearEmpty.tsx';
import { useFiscalYear } from '../shared/useFiscalYear.ts';
import { Loading, LoadFailed } from '../ui/QueryState.tsx';
import { useReview } from './queries.ts';
import { ReviewListSection } from './ReviewListSection.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { ReviewPrint } from './ReviewPrint.tsx';
import { reviewRows, type ReviewView } from './reviewRows.ts';
import { usePrinting } from './usePrinting.ts';
import { useReviewView } from './useReviewView.ts';

export function ReviewPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const today = useFirmToday();
  const { currency } = session.workspace;
  const fiscalYear = useFiscalYear();
  const { year, years, startMonth } = fiscalYear;
  const review = useReview(year);
  const { view, search, setSearch, params, update } = useReviewView();
  const { printing, print } = usePrinting();
  const clients = review.data?.clients;
  const rows = useMemo(() => (clients ? reviewRows(clients, view) : []), [clients, view]);
  const openId = params.get('client');
  const open = (openId && clients?.find((client) => client.id === openId)) || null;
  const count = (value: number) => formatNumber(value, language);

  const body = () => {
    if (years.isPending) return <Loading />;
    if (years.error) return <LoadFailed error={years.error} retry={() => void years.refetch()} />;
    if (years.data.years.length === 0) return <PortfolioEmpty />;
    if (review.isPending) return <Loading />;
    if (review.error) {
      return <LoadFailed error={review.error} retry={() => void review.refetch()} />;
    }
    const data = review.data;
    const yearLabel = fiscalYearLabel(data.year, startMonth);
    if (data.activeClients === 0) return <PortfolioYearEmpty year={yearLabel} />;
    const decided = data.clients.filter((client) => client.decision !== null).length;
    return (
      <>
        <Stack
          gap="md"
          className="no-print"
          style={{ opacity: review.isPlaceholderData ? 0.6 : 1 }}
          aria-busy={review.isPlaceholderData}
        >
          <Text maw={760}>{t('review.intro')}</Text>
          <Text size="sm" c="dimmed">
            {t('review.summary', {
              formattedActive: count(data.activeClients),
              formattedFlagged: count(data.flaggedClients),
              formattedDecided: count(decided),
            })}
          </Text>
          <ReviewListSection
            rows={rows}
            view={view}
            search={search}
            onSearch={setSearch}
            onChange={update}
            onOpen={(client) => update({ client: client.id }, { replace: false })}
            currency={currency}
            fileName={t('review.fileName', { year: yearLabel.replace('/', '-') })}
          />
          <ReviewPanel
            client={open}
            year={data.year}
            yearLabel={yearLabel}
            startMonth={startMonth}
            currency={currency}
            onClose={() => update({ client: null })}
          />
        </Stack>
        {printing && (
          <ReviewPrint
            rows={rows}
            total={data.clients.length}
            filters={filterNames(view, t)}
            firm={session.workspace.name}
            yearLabel={yearLabel}
            currency={currency}
            today={today}
          />
        )}
      </>
    );
  };

  return (
    <Stack gap="lg">
      <div className="no-print">
        <PortfolioHeader
          page="review"
          fiscalYear={fiscalYear}
          actions={
            review.data && review.data.activeClients > 0 ? (
              <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={print}>
                {t('review.print')}
              </Button>
            ) : null
          }
        />
      </div>
      {body()}
    </Stack>
  );
}

/** The filters of the view in words, for the printed title. */
function filterNames(view: ReviewView, t: TFunction): string[] {
  return [
    view.q.trim() ? `“${view.q.trim()}”` : null,
    view.flags === 'all' ? null : t(`review.flagFilters.${view.flags}`),
    view.decision === 'all' ? null : t(`review.decisionFilters.${view.decision}`),
  ].filter((name): name is string => name !== null);
}
