import { firmToday, type Clock } from '../../http/today.ts';
import { fiscalYearOf } from '../../core/portfolio/fiscal-year.ts';
import type { Db } from '../../db/connection.ts';
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonResponse, route } from '../../http/route.ts';
import { idParam } from '../../kernel/schemas.ts';
import { firmSettings } from '../workspace/workspace.service.ts';
import { clientFigures } from './client-figures.service.ts';
import { keptJson } from './kept-json.ts';
import {
  bridgeSchema,
  clientFiguresSchema,
  matrixMovesSchema,
  matrixQuery,
  matrixSchema,
  portfolioSchema,
  trendSchema,
  yearQuery,
  yearsSchema,
} from './portfolio.schema.ts';
import {
  bridgeReport,
  matrixMovesReport,
  matrixReport,
  portfolioReport,
  portfolioYearsOf,
  trendReport,
} from './portfolio.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Portfolio'];

const years = route('records.read', {
  method: 'get',
  path: '/portfolio/years',
  tags,
  summary: 'The fiscal years with revenue',
  responses: { 200: jsonResponse('Years', yearsSchema) },
});

const portfolio = route('records.read', {
  method: 'get',
  path: '/portfolio',
  tags,
  summary: 'The client base of a fiscal year: revenue, shares, Pareto, concentration, ABC, growth',
  request: { query: yearQuery },
  responses: { 200: jsonResponse('The portfolio', portfolioSchema) },
});

const bridge = route('records.read', {
  method: 'get',
  path: '/portfolio/bridge',
  tags,
  summary: 'The revenue bridge of a fiscal year against the year before, with its clients',
  request: { query: yearQuery },
  responses: { 200: jsonResponse('The revenue bridge', bridgeSchema) },
});

const trend = route('records.read', {
  method: 'get',
  path: '/portfolio/trend',
  tags,
  summary: 'Per fiscal year: revenue, active clients, concentration and where revenue came from',
  responses: { 200: jsonResponse('The years', trendSchema) },
});

const matrix = route('records.read', {
  method: 'get',
  path: '/portfolio/matrix',
  tags,
  summary: 'The portfolio matrix of a fiscal year: revenue or margin against growth',
  request: { query: matrixQuery },
  responses: { 200: jsonResponse('The matrix', matrixSchema) },
});

const matrixMoves = route('records.read', {
  method: 'get',
  path: '/portfolio/matrix/moves',
  tags,
  summary:
    "How clients moved between the matrix's quadrants from the year before to this fiscal year",
  request: { query: matrixQuery },
  responses: { 200: jsonResponse('The moves', matrixMovesSchema) },
});

/** The year asked for, else the latest with revenue, else the fiscal year of today. */
async function chosenYear(db: Db, workspaceId: string, asked: number | undefined, clock?: Clock) {
  if (asked !== undefined) return asked;
  const known = await portfolioYearsOf(db, workspaceId);
  const latest = known.at(-1);
  if (latest !== undefined) return latest;
  const { fiscalYearStartMonth } = await firmSettings(db, workspaceId);
  return fiscalYearOf(await firmToday(db, workspaceId, clock), fiscalYearStartMonth);
}

const figures = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/figures',
  tags: ['Portfolio'],
  summary:
    "One client's revenue per fiscal year (the last ten), its share and ABC class in the portfolio's year, and the norms it is served by",
  request: { params: idParam },
  responses: { 200: jsonResponse("The client's figures", clientFiguresSchema) },
});

export function portfolioRoutes({ db, clock }: Deps) {
  return featureRouter()
    .openapi(years, async (c) => {
      const { workspaceId } = authOf(c);
      const { fiscalYearStartMonth } = await firmSettings(db, workspaceId);
      return c.json({ years: await portfolioYearsOf(db, workspaceId), fiscalYearStartMonth }, 200);
    })
    .openapi(portfolio, async (c) => {
      const { workspaceId } = authOf(c);
      const year = await chosenYear(db, workspaceId, c.req.valid('query').year, clock);
      // the running year's relationship lengths run to the firm's day, as on the annual review
      const today = await firmToday(db, workspaceId, clock);
      return keptJson(c, await portfolioReport(db, workspaceId, year, today));
    })
    .openapi(bridge, async (c) => {
      const { workspaceId } = authOf(c);
      const year = await chosenYear(db, workspaceId, c.req.valid('query').year, clock);
      return keptJson(c, await bridgeReport(db, workspaceId, year));
    })
    .openapi(trend, async (c) => keptJson(c, await trendReport(db, authOf(c).workspaceId)))
    .openapi(matrix, async (c) => {
      const { workspaceId } = authOf(c);
      const { year: asked, measure, bubble } = c.req.valid('query');
      const year = await chosenYear(db, workspaceId, asked, clock);
      return keptJson(c, await matrixReport(db, workspaceId, year, { measure, bubble }));
    })
    .openapi(figures, async (c) => {
      const { workspaceId } = authOf(c);
      // the portfolio's own year: the one its page opens on
      const year = await chosenYear(db, workspaceId, undefined, clock);
      const today = await firmToday(db, workspaceId, clock);
      return c.json(
        await clientFigures(db, workspaceId, c.req.valid('param').id, year, today),
        200,
      );
    })
    .openapi(matrixMoves, async (c) => {
      const { workspaceId } = authOf(c);
      const { year: asked, measure, bubble } = c.req.valid('query');
      const year = await chosenYear(db, workspaceId, asked, clock);
      return c.json(await matrixMovesReport(db, workspaceId, year, { measure, bubble }), 200);
    });
}
