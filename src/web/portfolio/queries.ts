// The portfolio's answers from the server; a year's figures stay cached while the user switches.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.ts';

export type Portfolio = Schemas['Portfolio'];
export type PortfolioClient = Portfolio['clients'][number];
export type RevenueBridge = Schemas['RevenueBridge'];
export type BridgeClient = RevenueBridge['clients'][number];
export type BridgeGroup = BridgeClient['group'];

const minutes = 60_000;

export function usePortfolioYears() {
  return useQuery({
    queryKey: ['portfolio', 'years'],
    queryFn: () => unwrap(api.GET('/api/v1/portfolio/years')),
    staleTime: 5 * minutes,
  });
}

export function usePortfolio(year: number | null) {
  return useQuery({
    queryKey: ['portfolio', 'year', year],
    queryFn: () =>
      unwrap(api.GET('/api/v1/portfolio', { params: { query: { year: year ?? undefined } } })),
    enabled: year !== null,
    staleTime: 5 * minutes,
    placeholderData: keepPreviousData,
  });
}

export function useRevenueBridge(year: number | null) {
  return useQuery({
    queryKey: ['portfolio', 'bridge', year],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/portfolio/bridge', { params: { query: { year: year ?? undefined } } }),
      ),
    enabled: year !== null,
    staleTime: 5 * minutes,
    placeholderData: keepPreviousData,
  });
}

export type PortfolioTrend = Schemas['PortfolioTrend'];
export type PortfolioMatrix = Schemas['PortfolioMatrix'];
export type MatrixClient = PortfolioMatrix['clients'][number];
export type Quadrant = MatrixClient['quadrant'];

export function usePortfolioTrend() {
  return useQuery({
    queryKey: ['portfolio', 'trend'],
    queryFn: () => unwrap(api.GET('/api/v1/portfolio/trend')),
    staleTime: 5 * minutes,
  });
}

export type MatrixMoves = Schemas['PortfolioMatrixMoves'];

/** How clients moved between the quadrants since the year before (the matrix over time). */
export function useMatrixMoves(year: number | null) {
  return useQuery({
    queryKey: ['portfolio', 'matrix-moves', year],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/portfolio/matrix/moves', {
          params: { query: { year: year ?? undefined, measure: 'revenue', bubble: 'none' } },
        }),
      ),
    enabled: year !== null,
    staleTime: 5 * minutes,
    placeholderData: keepPreviousData,
  });
}

export function usePortfolioMatrix(year: number | null) {
  return useQuery({
    queryKey: ['portfolio', 'matrix', year],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/portfolio/matrix', {
          params: { query: { year: year ?? undefined, measure: 'revenue', bubble: 'margin' } },
        }),
      ),
    enabled: year !== null,
    staleTime: 5 * minutes,
    placeholderData: keepPreviousData,
  });
}
