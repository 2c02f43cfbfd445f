// The year's key figures (method.md §1): revenue, active clients, the Pareto figure, the
// largest client's and the top five's share, and the Herfindahl index. Every count leads to
// the clients behind it.
import { Anchor, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { formatShare } from '../shared/share.ts';
import { KeyFigure } from '../shared/KeyFigure.tsx';
import type { Portfolio } from './queries.ts';

export function KeyFigures({
  portfolio,
  onShowTop,
}: {
  portfolio: Portfolio;
  onShowTop: (count: number) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const { pareto, concentration } = portfolio;
  const names = new Map(portfolio.clients.map((client) => [client.id, client.name]));
  const target = formatPercent(pareto.targetBasisPoints / 10_000, language);
  const topFiveCount = Math.min(5, portfolio.activeClients);

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, sm: 3, xl: 6 }} spacing="sm">
      <KeyFigure
        label={t('portfolio.figures.revenue')}
        value={formatMoney(portfolio.revenueCents, currency, language)}
      >
        <Text size="sm" c="dimmed">
          {formatDate(portfolio.period.from, language)} –{' '}
          {formatDate(portfolio.period.to, language)}
        </Text>
      </KeyFigure>
      <KeyFigure
        label={t('portfolio.figures.activeClients')}
        value={formatNumber(portfolio.activeClients, language)}
      />
      <KeyFigure
        label={t('portfolio.figures.pareto')}
        value={t('portfolio.figures.paretoValue', {
          clients: formatPercent(pareto.clientsForTargetRatio ?? 0, language),
        })}
      >
        <Text size="sm">{t('portfolio.figures.paretoText', { target })}</Text>
        <Anchor
          component="button"
          type="button"
          size="sm"
          ta="left"
          onClick={() => onShowTop(pareto.clientsForTarget)}
        >
          {t('portfolio.figures.paretoClients', {
            count: pareto.clientsForTarget,
            formattedCount: formatNumber(pareto.clientsForTarget, language),
          })}
        </Anchor>
      </KeyFigure>
      <KeyFigure
        label={t('portfolio.figures.largestClient')}
        value={formatShare(concentration.largestClient.basisPoints, language)}
      >
        {concentration.largestClient.clientIds.map((id) => (
          <Anchor key={id} component={Link} to={`/organizations/${id}`} size="sm" truncate>
            {names.get(id) ?? ''}
          </Anchor>
        ))}
      </KeyFigure>
      <KeyFigure
        label={t('portfolio.figures.topFive')}
        value={formatShare(concentration.topFive.basisPoints, language)}
      >
        <Anchor
          component="button"
          type="button"
          size="sm"
          ta="left"
          onClick={() => onShowTop(topFiveCount)}
        >
          {t('portfolio.figures.topFiveShow')}
        </Anchor>
      </KeyFigure>
      <KeyFigure
        label={t('portfolio.figures.hhi')}
        value={formatNumber(concentration.hhi, language)}
      >
        <Text size="xs" c="dimmed">
          {t('portfolio.figures.hhiText')}
        </Text>
      </KeyFigure>
    </SimpleGrid>
  );
}
