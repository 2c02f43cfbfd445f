// Which client each score change touched, by the scoring revision it made: a kept score matrix of
// an earlier revision is then patched by re-reading those clients' scores, not all of them
// (decision 0012). Each process knows only the changes it wrote itself; a revision it did not
// write breaks the chain, and the matrix is read in full.

/** A scoring revision as the kept matrix's key names it: "revision:xmin", '' before any score. */
export type ScoringRevision = string;

type Change = { previous: ScoringRevision; organizationId: string };

/** The last changes per process, the oldest going first. */
const capacity = 5_000;
const changes = new Map<string, Change>();

const keyOf = (workspaceId: string, revision: ScoringRevision) => `${workspaceId}|${revision}`;

/** Notes that a committed score change took the firm from `previous` to `current`. */
export function recordScoreChange(
  workspaceId: string,
  previous: ScoringRevision,
  current: ScoringRevision,
  organizationId: string,
): void {
  changes.set(keyOf(workspaceId, current), { previous, organizationId });
  if (changes.size > capacity) changes.delete(changes.keys().next().value!);
}

/**
 * The nearest earlier revision for which `isKept` holds, reached through changes this process
 * wrote, with the clients changed since; null when the chain breaks first.
 */
export function changesSince(
  workspaceId: string,
  current: ScoringRevision,
  isKept: (revision: ScoringRevision) => boolean,
  maxSteps = 200,
): { from: ScoringRevision; organizationIds: string[] } | null {
  const touched = new Set<string>();
  let revision = current;
  for (let step = 0; step < maxSteps; step++) {
    const change = changes.get(keyOf(workspaceId, revision));
    if (!change) return null;
    touched.add(change.organizationId);
    revision = change.previous;
    if (isKept(revision)) return { from: revision, organizationIds: [...touched] };
  }
  return null;
}

/** Forgets every change (tests). */
export function forgetScoreChanges(): void {
  changes.clear();
}
