import { describe, expect, it } from 'vitest';
import { assignmentCovered, secondProfessionalCheck } from './second-professional.ts';

const reach = (
  secondProfessionalId: string | null,
  accountTeam: string[] = [],
  relationshipManagerId: string | null = 'manager',
) => ({ relationshipManagerId, secondProfessionalId, accountTeam });

describe('a second professional per assignment', () => {
  it('covers an assignment when the client names a second professional beside its own', () => {
    expect(assignmentCovered({ professionalId: 'anna' }, reach('bram'))).toBe(true);
    expect(assignmentCovered({ professionalId: null }, reach('bram'))).toBe(true);
  });

  it('counts an account-team member as the second, but not the one who runs the assignment', () => {
    expect(assignmentCovered({ professionalId: 'anna' }, reach(null, ['anna', 'bram']))).toBe(true);
    expect(assignmentCovered({ professionalId: 'anna' }, reach('anna', ['anna']))).toBe(false);
  });

  it('does not take the relationship manager alone for a second', () => {
    expect(assignmentCovered({ professionalId: 'anna' }, reach(null))).toBe(false);
    expect(assignmentCovered({ professionalId: null }, reach('manager'))).toBe(false);
    // an assignment that names nobody, at a client without a manager, needs two names
    expect(assignmentCovered({ professionalId: null }, reach('bram', [], null))).toBe(false);
    expect(assignmentCovered({ professionalId: null }, reach('bram', ['carla'], null))).toBe(true);
  });

  it('counts the running assignments and those covered', () => {
    const assignments = [{ professionalId: 'anna' }, { professionalId: 'bram' }];
    expect(secondProfessionalCheck(assignments, reach('bram'))).toEqual({ running: 2, covered: 1 });
    expect(secondProfessionalCheck([], reach(null))).toEqual({ running: 0, covered: 0 });
  });
});
