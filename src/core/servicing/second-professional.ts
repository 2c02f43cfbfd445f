// A second professional named per assignment, method.md §5 ("so the client can always reach
// someone"), checked on the assignments that run in the period. An assignment has one professional
// of its own (else the client's relationship manager answers for it); the client names a second
// professional and an account team (method §14). An assignment is covered when, beside its own
// professional, at least one other of those is named: someone the client can reach when the first
// is away. The relationship manager alone is no second: it is the first when the assignment names
// nobody, and the norm asks for a name beyond the one who runs the work.

/** Who the client can reach for its assignments, beside each assignment's own professional. */
export type ClientReach = {
  relationshipManagerId: string | null;
  secondProfessionalId: string | null;
  /** The account team's members, its lead among them. */
  accountTeam: readonly string[];
};

/** An assignment that runs in the period: its own professional, null when it names none. */
export type RunningAssignment = { professionalId: string | null };

export type SecondProfessionalCheck = { running: number; covered: number };

/** Whether an assignment has someone beside its own professional to reach. */
export function assignmentCovered(assignment: RunningAssignment, reach: ClientReach): boolean {
  const first = assignment.professionalId ?? reach.relationshipManagerId;
  const others = new Set<string>(reach.accountTeam);
  if (reach.secondProfessionalId !== null) others.add(reach.secondProfessionalId);
  if (first !== null) others.delete(first);
  // with no professional of its own, it needs two: the one who runs it and a second
  return others.size >= (first === null ? 2 : 1);
}

/** Of the running assignments, how many are covered by a second professional. */
export function secondProfessionalCheck(
  assignments: readonly RunningAssignment[],
  reach: ClientReach,
): SecondProfessionalCheck {
  let covered = 0;
  for (const assignment of assignments) if (assignmentCovered(assignment, reach)) covered += 1;
  return { running: assignments.length, covered };
}
