// The norms a service concept stores beside contacts and requests (method.md §5): a mailing, a
// yearly gift or New Year's greeting, a second professional per assignment. Each has a client that
// meets it and one that does not.
import { describe, expect, it } from 'vitest';
import {
  complianceClient as client,
  conceptA as a,
  conceptB as b,
  noDuties,
  year2025,
} from '../../../test/helpers/compliance-clients.ts';
import { clientCompliance } from './client-compliance.ts';
import { defaultServiceConcept } from './service-concept.ts';

const yearOver = { ...year2025, today: '2025-12-31' };
const allDone = { ...noDuties, mailing: true, giftOrGreeting: true };

describe('the stored norms, checked', () => {
  it('asks an A-client a mailing in the year: met by one, missed at the year end without', () => {
    expect(a.mailing).toBe(true);
    const met = clientCompliance(client({ dutiesDone: allDone }), yearOver);
    expect(met.duties).toContainEqual({ duty: 'mailing', done: true });
    expect(met.delivered).toBe(true);
    const missed = clientCompliance(
      client({ dutiesDone: { ...allDone, mailing: false } }),
      yearOver,
    );
    expect(missed.shortfalls).toEqual([{ code: 'dutyMissed', duty: 'mailing' }]);
    // while the year runs, a mailing can still come
    expect(
      clientCompliance(client({ dutiesDone: { ...allDone, mailing: false } }), year2025).delivered,
    ).toBe(true);
  });

  it("asks a personal gift of an A-client and a New Year's greeting of a B-client", () => {
    for (const concept of [a, b]) {
      const met = clientCompliance(client({ concept, dutiesDone: allDone }), yearOver);
      expect(met.duties).toContainEqual({ duty: 'giftOrGreeting', done: true });
      const missed = clientCompliance(
        client({ concept, dutiesDone: { ...allDone, giftOrGreeting: false } }),
        yearOver,
      );
      expect(missed.shortfalls).toContainEqual({ code: 'dutyMissed', duty: 'giftOrGreeting' });
    }
  });

  it('asks neither of a concept without a mailing or gift policy', () => {
    const checked = clientCompliance(
      client({ concept: defaultServiceConcept('C'), dutiesDone: noDuties }),
      yearOver,
    );
    expect(checked.duties).toEqual([]);
  });

  it('asks a second professional on each running assignment, at once', () => {
    const concept = { ...defaultServiceConcept('A'), secondProfessionalPerAssignment: true };
    const reach = { relationshipManagerId: 'manager', secondProfessionalId: null, accountTeam: [] };
    const runningAssignments = [{ professionalId: 'anna' }, { professionalId: null }];
    const missed = clientCompliance(client({ concept, runningAssignments, reach }), year2025);
    expect(missed.assignments).toEqual({ running: 2, covered: 0 });
    expect(missed.shortfalls).toEqual([{ code: 'secondProfessionalMissing', count: 2 }]);
    const met = clientCompliance(
      client({ concept, runningAssignments, reach: { ...reach, secondProfessionalId: 'bram' } }),
      year2025,
    );
    expect(met.assignments).toEqual({ running: 2, covered: 2 });
    expect(met.delivered).toBe(true);
    // a client without running assignments meets it; a concept without the norm does not ask it
    expect(clientCompliance(client({ concept, reach }), year2025).delivered).toBe(true);
    const unasked = clientCompliance(client({ runningAssignments, reach }), year2025);
    expect(unasked.assignments).toBeNull();
  });
});
