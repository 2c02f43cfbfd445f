// The portfolio of one fiscal year (method §1) and its revenue bridge (method §2): the rows come
// from the yearly figures, every figure from src/core/portfolio.
import { sql } from 'drizzle-orm';
import {
  abcByRevenue,
  clientGrowth,
  concentration,
  concentrationTrend,
  portfolioMatrix,
  quadrantMoves,
  yearsOf,
  dependencyAlerts,
  fiscalYearRange,
  paretoAnalysis,
  relationshipLength,
  relationshipReferenceDate,
  revenueBridge,
  revenueOrigin,
  revenueShares,
  type ClientYear,
} from '../../core/portfolio/index.ts';
import type { Db } from '../../db/connection.ts';
import {
  allPortfolioRows,
  assignmentFigures,
  clientsOfYear,
  portfolioRows,
  portfolioYears,
} from './portfolio.repo.ts';
import { cachedReport, reportVersion } from './report-cache.ts';
import { firmSettings } from '../workspace/workspace.service.ts';

// The portfolio's rows and years, which the review and the plan build on, and its cached reports,
// which the classifying keeps its own in.
export { portfolioRows, portfolioYears } from './portfolio.repo.ts';
export { cachedReport, forgetReports, keptReport, reportVersion } from './report-cache.ts';

const settingsOf = firmSettings;

async function namesOf(db: Db, workspaceId: string, ids: string[]) {
  // one array parameter, however many clients: a list of 20,000 parameters is slow to send
  const result = await db.execute<{ id: string; name: string }>(sql`
    select id, name from organizations
     where workspace_id = ${workspaceId} and id = any(${sql.param(ids)}::uuid[])`);
  return new Map(result.rows.map((row) => [row.id, row.name]));
}

/** The years with revenue, and the one to show by default: the last complete one. */
export async function portfolioYearsOf(db: Db, workspaceId: string) {
  return portfolioYears(db, workspaceId);
}

/**
 * Where the relationship of every client with revenue in a year starts: its first invoice ever
 * and its first assignment; with the clients' names and their assignments in the period. The
 * portfolio and the annual review read it here, so both measure a relationship alike.
 */
export async function relationshipStartsOf(
  db: Db,
  workspaceId: string,
  year: number,
  period: { from: string; to: string },
) {
  const [clients, assignments] = await Promise.all([
    clientsOfYear(db, workspaceId, year),
    assignmentFigures(db, workspaceId, period),
  ]);
  const starts = new Map(
    [...clients].map(([clientId, client]) => [
      clientId,
      {
        firstRevenueDate: client.firstInvoiceDate,
        firstAssignmentDate: assignments.get(clientId)?.first ?? null,
      },
    ]),
  );
  return { clients, assignments, starts };
}

/**
 * The portfolio of a year, kept while the figures, names and settings it shows stay the same.
 * Relationship lengths run to the end of the year, or to today while the year lasts.
 */
export async function portfolioReport(
  db: Db,
  workspaceId: string,
  year: number,
  /** The firm's day (its clock), which the running year's relationship lengths run to. */
  today: string,
) {
  const [version, firm] = await Promise.all([
    reportVersion(db, workspaceId),
    settingsOf(db, workspaceId),
  ]);
  const period = fiscalYearRange(year, firm.fiscalYearStartMonth);
  const referenceDate = relationshipReferenceDate(period, today);
  return cachedReport(`portfolio|${workspaceId}|${year}|${referenceDate}|${version}`, () =>
    computePortfolioReport(db, workspaceId, year, referenceDate),
  );
}

async function computePortfolioReport(
  db: Db,
  workspaceId: string,
  year: number,
  referenceDate: string,
) {
  const firm = await settingsOf(db, workspaceId);
  // the year and the three before it: growth, and how long a client has been above the
  // dependency threshold within them
  const rows = await portfolioRows(db, workspaceId, year, { serviceLinesOfYearOnly: true });
  const shares = revenueShares(rows, year);
  const pareto = paretoAnalysis(rows, year);
  const abc = new Map(
    abcByRevenue(rows, year, {
      aBasisPoints: firm.abcBoundaryABp,
      bBasisPoints: firm.abcBoundaryBBp,
    }).map((client) => [client.clientId, client.abcClass]),
  );
  const growth = new Map(clientGrowth(rows, year).map((g) => [g.clientId, g]));
  const alerts = dependencyAlerts(rows, {
    years: [year],
    thresholdBasisPoints: firm.dependencyThresholdBp,
  });
  const period = fiscalYearRange(year, firm.fiscalYearStartMonth);
  const {
    clients,
    assignments: work,
    starts,
  } = await relationshipStartsOf(db, workspaceId, year, period);
  const current = new Map<string, ClientYear>();
  for (const row of rows) if (row.year === year) current.set(row.clientId, row);

  return {
    year,
    period,
    referenceDate,
    revenueCents: shares.activeRevenueCents,
    netRevenueCents: shares.netRevenueCents,
    activeClients: shares.clients.length,
    pareto: {
      targetBasisPoints: pareto.targetBasisPoints,
      clientsForTarget: pareto.clientsForTarget,
      clientsForTargetRatio: pareto.clientsForTargetRatio,
    },
    concentration: concentration(rows, year),
    dependencyThresholdBasisPoints: firm.dependencyThresholdBp,
    dependencyAlerts: alerts.map((alert) => ({
      ...alert,
      name: clients.get(alert.clientId)?.name ?? '',
    })),
    abcBoundaries: { a: firm.abcBoundaryABp, b: firm.abcBoundaryBBp },
    clients: shares.clients.map((client) => {
      const figures = current.get(client.clientId);
      const change = growth.get(client.clientId);
      const assignments = work.get(client.clientId);
      const known = clients.get(client.clientId);
      const length = relationshipLength({ ...starts.get(client.clientId), referenceDate });
      return {
        id: client.clientId,
        name: known?.name ?? '',
        revenueCents: client.revenueCents,
        basisPoints: client.basisPoints,
        abcClass: abc.get(client.clientId) ?? null,
        marginCents: figures?.costCents != null ? client.revenueCents - figures.costCents : null,
        hours: figures?.hours ?? null,
        serviceLines: figures?.serviceLines ?? [],
        creditNotes: figures?.creditNoteCount ?? 0,
        assignments: assignments?.inPeriod ?? 0,
        previousYearCents: change?.previousYearCents ?? 0,
        changeRatio: change?.changeRatio ?? null,
        compoundAnnualGrowthRate: change?.compoundAnnualGrowthRate ?? null,
        relationshipMonths: length?.totalMonths ?? null,
      };
    }),
  };
}

export type PortfolioReport = Awaited<ReturnType<typeof computePortfolioReport>>;

export async function bridgeReport(db: Db, workspaceId: string, year: number) {
  const version = await reportVersion(db, workspaceId);
  return cachedReport(`bridge|${workspaceId}|${year}|${version}`, () =>
    computeBridgeReport(db, workspaceId, year),
  );
}

async function computeBridgeReport(db: Db, workspaceId: string, year: number) {
  const rows = await portfolioRows(db, workspaceId, year);
  const bridge = revenueBridge(rows, year);
  const names = await namesOf(
    db,
    workspaceId,
    bridge.clients.map((c) => c.clientId),
  );
  return {
    ...bridge,
    origin: revenueOrigin(bridge),
    clients: bridge.clients.map((client) => ({
      clientId: client.clientId,
      group: client.group,
      previousCents: client.previousCents,
      currentCents: client.currentCents,
      effectCents: client.effectCents,
      name: names.get(client.clientId) ?? '',
    })),
  };
}

export type BridgeReport = Awaited<ReturnType<typeof computeBridgeReport>>;

/** Per year: revenue, active clients, concentration, and where the revenue came from. */
export async function trendReport(db: Db, workspaceId: string) {
  const version = await reportVersion(db, workspaceId);
  return cachedReport(`trend|${workspaceId}|${version}`, () => computeTrendReport(db, workspaceId));
}

async function computeTrendReport(db: Db, workspaceId: string) {
  const rows = await allPortfolioRows(db, workspaceId);
  const years = yearsOf(rows);
  const origins = new Map(
    years.map((year) => [year, revenueOrigin(revenueBridge(rows, year))] as const),
  );
  return {
    years: concentrationTrend(rows, years).map((figures) => ({
      year: figures.year,
      revenueCents: figures.activeRevenueCents,
      activeClients: figures.activeClients,
      largestClientBasisPoints: figures.largestClient.basisPoints,
      topFiveBasisPoints: figures.topFive.basisPoints,
      hhi: figures.hhi,
      origin: origins.get(figures.year)!,
    })),
  };
}

export type MatrixQuery = { measure: 'revenue' | 'margin'; bubble: 'margin' | 'hours' | 'none' };

/** The portfolio matrix of a year: every client by value against growth, in four quadrants. */
export async function matrixReport(db: Db, workspaceId: string, year: number, query: MatrixQuery) {
  const version = await reportVersion(db, workspaceId);
  const key = `matrix|${workspaceId}|${year}|${query.measure}|${query.bubble}|${version}`;
  return cachedReport(key, () => computeMatrixReport(db, workspaceId, year, query));
}

async function computeMatrixReport(db: Db, workspaceId: string, year: number, query: MatrixQuery) {
  const rows = await portfolioRows(db, workspaceId, year);
  const matrix = portfolioMatrix(rows, year, query);
  const names = await namesOf(db, workspaceId, [
    ...matrix.clients.map((c) => c.clientId),
    ...matrix.unplaced.map((c) => c.clientId),
  ]);
  return {
    ...matrix,
    measure: query.measure,
    bubble: query.bubble,
    clients: matrix.clients.map((c) => ({
      clientId: c.clientId,
      quadrant: c.quadrant,
      valueCents: c.valueCents,
      growth: c.growth,
      bubble: c.bubble,
      name: names.get(c.clientId) ?? '',
    })),
    unplaced: matrix.unplaced.map((c) => ({
      clientId: c.clientId,
      reason: c.reason,
      name: names.get(c.clientId) ?? '',
    })),
  };
}

/**
 * How clients moved between the matrix's quadrants from the year before to this year (the
 * matrix over time), with names; both matrices are the kept ones.
 */
export async function matrixMovesReport(
  db: Db,
  workspaceId: string,
  year: number,
  query: MatrixQuery,
) {
  const [before, after] = await Promise.all([
    matrixReport(db, workspaceId, year - 1, query),
    matrixReport(db, workspaceId, year, query),
  ]);
  const names = new Map(
    [...before.clients, ...after.clients].map((client) => [client.clientId, client.name]),
  );
  const moves = quadrantMoves(before, after);
  return {
    year,
    previousYear: year - 1,
    measure: query.measure,
    counts: moves.counts,
    stayed: moves.stayed,
    moves: moves.moves.map((move) => ({ ...move, name: names.get(move.clientId) ?? '' })),
  };
}
