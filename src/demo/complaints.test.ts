// The demo firm's complaints stand in every step, some on time and some late against the default
// norms, whatever weekday the demo is loaded on, judged by the core's own rules.
import { describe, expect, it } from 'vitest';
import {
  complaintCheck,
  complaintDateProblems,
  complaintStatus,
} from '../core/satisfaction/complaint.ts';
import { defaultServiceConcept } from '../core/servicing/service-concept.ts';
import { demoComplaints } from './complaints.ts';
import { dayOf, isoDay } from './days.ts';

const clients = Array.from({ length: 20 }, (_, i) => ({
  organizationId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  contactIds: [`10000000-0000-4000-8000-${String(i).padStart(12, '0')}`],
}));
const norms = defaultServiceConcept('A');

describe('the demo complaints', () => {
  // a week of load days, Monday to Sunday
  for (let offset = 0; offset < 7; offset++) {
    const today = dayOf('2026-12-07') + offset;
    it(`are in every step, on time and late, loaded on ${isoDay(today)}`, () => {
      const rows = demoComplaints(1, 'ws', today, clients, 'demo-user');
      const statuses = new Set(rows.map((row) => complaintStatus(row)));
      expect([...statuses].sort()).toEqual(['acknowledged', 'closed', 'received', 'solved']);
      for (const row of rows) expect(complaintDateProblems(row, isoDay(today))).toEqual([]);
      const checks = rows.map((row) => complaintCheck(row, norms, isoDay(today)));
      expect(checks.some((check) => check.acknowledge.status === 'late')).toBe(true);
      expect(checks.some((check) => check.solve.status === 'late')).toBe(true);
      expect(checks.some((check) => check.acknowledge.status === 'overdue')).toBe(true);
      expect(checks.some((check) => check.solve.status === 'onTime')).toBe(true);
      expect(rows.filter((row) => row.professionalId === 'demo-user')).toHaveLength(1);
      expect(new Set(rows.map((row) => row.organizationId)).size).toBe(rows.length);
    });
  }

  it('are the same for the same seed', () => {
    const today = dayOf('2026-12-07');
    expect(demoComplaints(7, 'ws', today, clients, 'u')).toEqual(
      demoComplaints(7, 'ws', today, clients, 'u'),
    );
  });
});
