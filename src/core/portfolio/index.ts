// The portfolio computations of method.md §1 and §2: pure functions over revenue per client per year.
export { abcByRevenue, abcClasses, defaultAbcBoundaries } from './abc.ts';
export type { AbcBoundaries, AbcClass, AbcClient } from './abc.ts';
export { acquisitionCost } from './acquisition-cost.ts';
export type { AcquisitionCost, AcquisitionCostInput, NewClient } from './acquisition-cost.ts';
export {
  annualReview,
  defaultReviewPolicy,
  reviewDecisions,
  reviewFlags,
} from './annual-review.ts';
export type {
  AnnualReviewInput,
  ClientReview,
  ReviewDecision,
  ReviewFlag,
  ReviewPolicy,
} from './annual-review.ts';
export { apportionBasisPoints, fullBasisPoints } from './basis-points.ts';
export { bridgeGroups, revenueBridge } from './bridge.ts';
export type { BridgeBar, BridgeClient, BridgeGroup, RevenueBridge } from './bridge.ts';
export {
  activeClients,
  clientYearTotals,
  isActive,
  revenueByClient,
  yearsOf,
} from './client-year.ts';
export type { ClientRevenue, ClientYear, ClientYearTotal } from './client-year.ts';
export { knownCostCents, marginBasisPoints } from './margin.ts';
export type { YearCost } from './margin.ts';
export { concentration, concentrationTrend, dependencyAlerts } from './concentration.ts';
export type { ClientConcentration, Concentration, DependencyAlert } from './concentration.ts';
export { fiscalYearOf, fiscalYearRange, fractionOfFiscalYearElapsed } from './fiscal-year.ts';
export { clientGrowth } from './growth.ts';
export type { ClientGrowth } from './growth.ts';
export type { Fraction } from './money.ts';
export { paretoAnalysis } from './pareto.ts';
export type { ParetoAnalysis, ParetoPoint } from './pareto.ts';
export { planBasisOf, planProgress, planStartMissing, proposePlan, revenuePlan } from './plan.ts';
export type { PlanBasisYear } from './plan.ts';
export type { PlanProgress, RevenuePlan, RevenuePlanInput } from './plan.ts';
export { portfolioMatrix, portfolioQuadrants } from './portfolio-matrix.ts';
export { quadrantMoves } from './quadrant-moves.ts';
export type { QuadrantMove, QuadrantMoveCount, QuadrantMoves } from './quadrant-moves.ts';
export type {
  MatrixClient,
  MatrixOptions,
  PortfolioMatrix,
  PortfolioQuadrant,
} from './portfolio-matrix.ts';
export { relationshipLength, relationshipReferenceDate } from './relationship-length.ts';
export type { RelationshipLength } from './relationship-length.ts';
export { clientYearsFromLines, firstRevenueDates } from './revenue-lines.ts';
export type { RevenueLine } from './revenue-lines.ts';
export { revenueOrigin } from './revenue-origin.ts';
export type { RevenueOrigin } from './revenue-origin.ts';
export { revenueShares } from './shares.ts';
export type { ClientShare, RevenueShares } from './shares.ts';
