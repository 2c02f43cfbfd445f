// Choosing clients, method.md §3 and §4: criteria, the scoring matrix, the three ways to rank,
// category schemes, classification with preview and explanation, several scorers, scores from
// data, the ideal prospect and goals per category. Pure functions over plain data.
export { agreedScore, agreeOnScores, disagreementSpread } from './agreed-score.ts';
export type {
  AgreedRow,
  AgreedScore,
  ScoreAgreement,
  ScorerRow,
  ScorerScore,
} from './agreed-score.ts';
export {
  classificationsFromCompact,
  classifyClients,
  classifyCompact,
  compactPlacement,
  notScored,
  overrideProblems,
  packScores,
  placeCompact,
} from './classify.ts';
export type {
  CategoryOverride,
  ClientClassification,
  ClientScores,
  CompactClassification,
  CompactPlacement,
  CompactScores,
  OverrideProblemCode,
  PlacedClient,
} from './classify.ts';
export {
  criteriaProblems,
  criterionGroups,
  criterionSources,
  defaultScaleMax,
  isStandardCriterionKey,
  largestScaleMax,
  maximumWeight,
  minimumWeight,
  moneyFunPrestigeCriteria,
  standardCriteria,
  standardCriterion,
  standardCriterionKeys,
} from './criteria.ts';
export type {
  Criterion,
  CriterionGroup,
  CriterionProblemCode,
  CriterionSource,
  StandardCriterionKey,
} from './criteria.ts';
export {
  dataMeasures,
  dataScoreRuleProblems,
  defaultAbcScores,
  defaultDataScoreRules,
  scoreFromAbcClass,
  scoreFromData,
  scoresFromData,
} from './data-scores.ts';
export type {
  ClientMeasures,
  DataMeasure,
  DataScoreRule,
  DataScoreRuleProblemCode,
  ScoreDirection,
} from './data-scores.ts';
export { explainClient } from './explain.ts';
export type {
  ClientExplanation,
  CriterionContribution,
  GradeStep,
  LevelStep,
  RankingExplanation,
  ScoreRaise,
} from './explain.ts';
export {
  goalKinds,
  goalMeasures,
  goalProblems,
  goalProgress,
  measureUnits,
  standardGoal,
} from './goals.ts';
export type {
  CategoryGoal,
  GoalDirection,
  GoalKind,
  GoalMeasureKey,
  GoalProblemCode,
  GoalProgress,
  GoalStatus,
  MeasuredActuals,
  MeasureUnit,
} from './goals.ts';
export { categoryActuals } from './category-actuals.ts';
export type { CategoryActuals, CategoryFigures } from './category-actuals.ts';
export {
  compareBounds,
  fullGradeTenths,
  gradeOf,
  gradeTenths,
  lowestBound,
  passesBound,
  smallestTotalPassing,
} from './grade.ts';
export type { GradeBound } from './grade.ts';
export { missingScoreEffects, missingScoresAtTop } from './missing-scores.ts';
export type { MissingScoreEffects } from './missing-scores.ts';
export { previewCompactMoves, previewMoves } from './preview.ts';
export type { CategoryMove, MoveCount, MoveDirection, MovePreview } from './preview.ts';
export { throwIfProblems } from './problems.ts';
export type { Problem, ProblemPath } from './problems.ts';
export {
  defaultMinimumShareBasisPoints,
  idealProfile,
  profileTraits,
  prospectFit,
} from './prospect-fit.ts';
export type {
  IdealProfile,
  OrganisationTraits,
  ProfileTrait,
  ProfileValue,
  ProspectFit,
  TraitOutcome,
  TraitReason,
} from './prospect-fit.ts';
export {
  assertValidSetup,
  computedCategoryIndex,
  levelChecks,
  requiredOfScored,
  methodProblems,
  rankingMethodKinds,
  setupProblems,
} from './ranking.ts';
export type {
  ClassificationSetup,
  LevelCheck,
  MethodProblemCode,
  MinimumsLevel,
  MissedMinimum,
  RankingMethod,
  RankingMethodKind,
  XofYLevel,
} from './ranking.ts';
export {
  categoryIndexForGrade,
  gradeInCategory,
  presetCategoryKeys,
  presetScheme,
  presetSchemeKeys,
  schemeKinds,
  schemeProblems,
} from './schemes.ts';
export type {
  Category,
  CategoryScheme,
  PresetSchemeKey,
  SchemeKind,
  SchemeProblemCode,
} from './schemes.ts';
export { gradeOrZero, scoreClient, scoreFor, scoringMaximum } from './scoring.ts';
export type { ClientScore, ScoresByCriterion } from './scoring.ts';
export {
  longestValueTag,
  normalizeValueTags,
  suggestedValueTags,
  valueTagProblems,
} from './value-tags.ts';
export { categoryNow, categoryOn, categoryPeriods, periodsAsOf } from './category-history.ts';
export type { CategoryPeriod, CommittedCategory, OverridePeriod } from './category-history.ts';
