// The satisfaction report of a year (method.md §7, §14): per category and per professional (the
// client's relationship manager), how many evaluations were given, their average overall and
// recommend scores, the share of each intention, and of the assignments that ended in the year
// how many were evaluated: the response rate, with the assignments not evaluated listed. Every
// client counts, current or former: an assignment done for a client who left since was still owed
// an evaluation (decision 0035).
import { trustIntentions, type TrustIntention } from './evaluation.ts';
import { assignmentEvaluationCheck, hasEnded, type EvaluationOfClient } from './evaluation-due.ts';

export type ReportClient = {
  id: string;
  name: string;
  /** Its category on the day the year is judged at; null: none. */
  categoryKey: string | null;
  /** Its relationship manager; null: nobody. */
  managerId: string | null;
};

export type ReportEvaluation = EvaluationOfClient & {
  organizationId: string;
  overall: number;
  recommend: number | null;
  trust: TrustIntention | null;
};

export type ReportAssignment = {
  id: string;
  organizationId: string;
  title: string;
  endDate: string;
};

/** The figures of one group of clients, or of the firm. */
export type SatisfactionFigures = {
  /** Evaluations given in the year. */
  evaluations: number;
  /** The mean overall score, to one decimal; null without evaluations. */
  averageOverall: number | null;
  /** The mean recommend score of the evaluations that asked it, to one decimal; null: none did. */
  averageRecommend: number | null;
  /** How many answered each intention, and how many were not asked it. */
  trust: Record<TrustIntention, number> & { notAsked: number };
  /** Each intention's share of the answers given, in basis points; null when none was given. */
  trustShareBasisPoints: Record<TrustIntention, number> | null;
  /** Assignments that ended in the year (by today), and of them those an evaluation covers. */
  assignmentsEnded: number;
  assignmentsEvaluated: number;
  /** The share evaluated, in basis points; null when no assignment ended. */
  responseRateBasisPoints: number | null;
};

export type NotEvaluated = {
  assignmentId: string;
  title: string;
  organizationId: string;
  organizationName: string;
  endDate: string;
  deadline: string;
  /** Calendar days past the 30 days at `today`; 0 while still within them. */
  daysOverdue: number;
};

export type SatisfactionReport = {
  firm: SatisfactionFigures;
  /** In the order given, only the groups with an evaluation or an ended assignment. */
  categories: (SatisfactionFigures & { categoryKey: string | null })[];
  professionals: (SatisfactionFigures & { userId: string | null })[];
  /** The ended assignments no evaluation covers, the most overdue first. */
  notEvaluated: NotEvaluated[];
};

type Tally = {
  evaluations: number;
  overallSum: number;
  recommendSum: number;
  recommendCount: number;
  trust: Record<TrustIntention, number> & { notAsked: number };
  ended: number;
  evaluated: number;
};

const emptyTally = (): Tally => ({
  evaluations: 0,
  overallSum: 0,
  recommendSum: 0,
  recommendCount: 0,
  trust: { expand: 0, continue: 0, undecided: 0, leave: 0, notAsked: 0 },
  ended: 0,
  evaluated: 0,
});

const oneDecimal = (sum: number, count: number) =>
  count === 0 ? null : Math.round((sum * 10) / count) / 10;

/** A share in basis points, rounded half up. */
const basisPoints = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part * 10_000) / whole);

function figuresOf(tally: Tally): SatisfactionFigures {
  const answered = trustIntentions.reduce((sum, intention) => sum + tally.trust[intention], 0);
  return {
    evaluations: tally.evaluations,
    averageOverall: oneDecimal(tally.overallSum, tally.evaluations),
    averageRecommend: oneDecimal(tally.recommendSum, tally.recommendCount),
    trust: { ...tally.trust },
    trustShareBasisPoints:
      answered === 0
        ? null
        : (Object.fromEntries(
            trustIntentions.map((intention) => [
              intention,
              basisPoints(tally.trust[intention], answered),
            ]),
          ) as Record<TrustIntention, number>),
    assignmentsEnded: tally.ended,
    assignmentsEvaluated: tally.evaluated,
    responseRateBasisPoints: basisPoints(tally.evaluated, tally.ended),
  };
}

/**
 * The report of the period `from`–`to` judged at `today`: the evaluations given in it, and the
 * assignments that ended in it (and by today), each evaluated when an evaluation of its client
 * covers it, whenever that came (src/core/satisfaction/evaluation-due.ts).
 */
export function satisfactionReport(input: {
  period: { from: string; to: string };
  today: string;
  clients: readonly ReportClient[];
  /** Every evaluation of the clients, for the assignments they cover; the year's are counted. */
  evaluations: readonly ReportEvaluation[];
  assignments: readonly ReportAssignment[];
  /** The order of the categories (null: the clients without one). */
  categoryOrder: readonly (string | null)[];
}): SatisfactionReport {
  const { from, to } = input.period;
  const clientOf = new Map(input.clients.map((client) => [client.id, client]));
  const firm = emptyTally();
  const byCategory = new Map<string | null, Tally>();
  const byManager = new Map<string | null, Tally>();
  const tallies = (organizationId: string) => {
    const client = clientOf.get(organizationId);
    const category = client?.categoryKey ?? null;
    const manager = client?.managerId ?? null;
    if (!byCategory.has(category)) byCategory.set(category, emptyTally());
    if (!byManager.has(manager)) byManager.set(manager, emptyTally());
    return [firm, byCategory.get(category)!, byManager.get(manager)!];
  };

  const evaluationsOf = new Map<string, ReportEvaluation[]>();
  for (const evaluation of input.evaluations) {
    const list = evaluationsOf.get(evaluation.organizationId) ?? [];
    list.push(evaluation);
    evaluationsOf.set(evaluation.organizationId, list);
    if (evaluation.evaluatedOn < from || evaluation.evaluatedOn > to) continue;
    for (const tally of tallies(evaluation.organizationId)) {
      tally.evaluations += 1;
      tally.overallSum += evaluation.overall;
      if (evaluation.recommend !== null) {
        tally.recommendSum += evaluation.recommend;
        tally.recommendCount += 1;
      }
      tally.trust[evaluation.trust ?? 'notAsked'] += 1;
    }
  }

  const notEvaluated: NotEvaluated[] = [];
  for (const assignment of input.assignments) {
    const { endDate } = assignment;
    if (endDate < from || endDate > to || !hasEnded(endDate, input.today)) continue;
    const check = assignmentEvaluationCheck(
      { id: assignment.id, endDate },
      evaluationsOf.get(assignment.organizationId) ?? [],
      input.today,
    );
    const evaluated = check.evaluatedOn !== null;
    for (const tally of tallies(assignment.organizationId)) {
      tally.ended += 1;
      if (evaluated) tally.evaluated += 1;
    }
    if (!evaluated)
      notEvaluated.push({
        assignmentId: assignment.id,
        title: assignment.title,
        organizationId: assignment.organizationId,
        organizationName: clientOf.get(assignment.organizationId)?.name ?? '',
        endDate,
        deadline: check.deadline,
        daysOverdue: check.daysOverdue,
      });
  }

  const order = [...input.categoryOrder, ...[...byCategory.keys()]].filter(
    (key, index, keys) => keys.indexOf(key) === index,
  );
  return {
    firm: figuresOf(firm),
    categories: order
      .filter((key) => byCategory.has(key))
      .map((categoryKey) => ({ categoryKey, ...figuresOf(byCategory.get(categoryKey)!) })),
    professionals: [...byManager].map(([userId, tally]) => ({ userId, ...figuresOf(tally) })),
    notEvaluated: notEvaluated.sort(
      (a, b) =>
        b.daysOverdue - a.daysOverdue ||
        (a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : 0),
    ),
  };
}
