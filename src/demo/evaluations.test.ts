import { describe, expect, it } from 'vitest';
import { closingEvaluation } from '../core/satisfaction/improvement-plan.ts';
import { dayOf, isoDay } from './days.ts';
import { clientEvaluations, type EndedAssignment } from './evaluations.ts';

const today = dayOf('2026-06-15');
const norm = 8;

/** A client with an assignment ending every two months over the last two years. */
function client(n: number): EndedAssignment[] {
  const organizationId = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return Array.from({ length: 12 }, (_, i) => ({
    id: `${organizationId}-${i}`,
    organizationId,
    endDate: today - 730 + i * 61,
    managerId: 'manager',
    contactIds: ['decider', 'user'],
  }));
}

describe('the demo evaluations of a client', () => {
  const made = Array.from({ length: 200 }, (_, n) =>
    clientEvaluations(1, 'firm', today, norm, client(n)),
  );
  const evaluations = made.flatMap((m) => m.evaluations);
  const plans = made.flatMap((m) => m.plans);

  it('are of the last year and a half, never after today, by a contact of the client', () => {
    expect(evaluations.length).toBeGreaterThan(200);
    for (const evaluation of evaluations) {
      expect(dayOf(evaluation.evaluatedOn)).toBeLessThanOrEqual(today);
      expect(dayOf(evaluation.evaluatedOn)).toBeGreaterThan(today - 548);
      expect(['decider', 'user']).toContain(evaluation.contactId);
    }
  });

  it('open a plan below the norm only, due in 30 days, closed as the core closes it', () => {
    const below = evaluations.filter((e) => e.overall < norm);
    expect(below.length).toBeGreaterThan(0);
    expect(below.length).toBeLessThan(evaluations.length / 4);
    expect(plans.map((p) => p.evaluationId).sort()).toEqual(below.map((e) => e.id).sort());
    for (const { evaluations: rows, plans: ofClient } of made)
      for (const plan of ofClient) {
        const opening = rows.find((e) => e.id === plan.evaluationId)!;
        expect(plan.dueOn).toBe(isoDay(dayOf(opening.evaluatedOn) + 30));
        const scored = rows.map((e) => ({ ...e, recordedAt: e.createdAt.getTime() }));
        const closing = closingEvaluation({ openedOn: opening.evaluatedOn, norm }, scored);
        expect(plan.closedByEvaluationId).toBe(closing?.id ?? null);
      }
    expect(plans.some((p) => p.closedOn !== null)).toBe(true);
    expect(evaluations.some((e) => (e.recommend ?? 0) >= 9)).toBe(true);
  });

  it('leave some recently ended assignments unevaluated, and are the same for the same seed', () => {
    const evaluated = new Set(evaluations.map((e) => e.assignmentId));
    const recent = Array.from({ length: 200 }, (_, n) => client(n).at(-1)!);
    expect(recent.some((a) => !evaluated.has(a.id))).toBe(true);
    expect(clientEvaluations(1, 'firm', today, norm, client(7))).toEqual(made[7]);
  });
});
