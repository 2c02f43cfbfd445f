// A classification being edited: the grade boundaries and weights as typed, and from them the
// changes a preview and a commit are asked for. Only what differs from the scheme is sent.
import { parseBoundGrade } from './boundaries.ts';
import type { Category, ClassificationChanges, ScoringMatrix } from './queries.ts';

export type ClassificationEdits = {
  /** Weights by criterion id, as chosen. */
  weights: Record<string, number>;
  /** Lower-bound grades by category key, as typed. */
  grades: Record<string, string>;
  /** Whether a lower bound counts itself, by category key. */
  inclusive: Record<string, boolean>;
};

export const noEdits: ClassificationEdits = { weights: {}, grades: {}, inclusive: {} };

/** The categories as edited; a grade that is not one keeps its old boundary. */
export function editedCategories(
  categories: readonly Category[],
  edits: Pick<ClassificationEdits, 'grades' | 'inclusive'>,
): Category[] {
  return categories.map((category) => {
    const typed = edits.grades[category.key];
    const tenths = typed === undefined ? null : parseBoundGrade(typed);
    return {
      ...category,
      lowerBound: {
        tenths: tenths ?? category.lowerBound.tenths,
        inclusive: edits.inclusive[category.key] ?? category.lowerBound.inclusive,
      },
    };
  });
}

/** What the edits change: the weights that differ, and the categories when any boundary does. */
export function classificationChanges(
  matrix: Pick<ScoringMatrix, 'criteria'> & { scheme: { categories: readonly Category[] } },
  weights: Record<string, number>,
  categories: Category[],
): ClassificationChanges {
  const changed: ClassificationChanges = {};
  const changedWeights = Object.fromEntries(
    Object.entries(weights).filter(
      ([id, weight]) => matrix.criteria.find((c) => c.id === id)?.weight !== weight,
    ),
  );
  if (Object.keys(changedWeights).length > 0) changed.weights = changedWeights;
  if (JSON.stringify(categories) !== JSON.stringify(matrix.scheme.categories))
    changed.categories = categories;
  return changed;
}
