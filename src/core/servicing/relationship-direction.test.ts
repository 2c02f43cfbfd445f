import { describe, expect, it } from 'vitest';
import { relationshipDirection } from './relationship-direction.ts';

const people = { relationshipManagerId: 'manager', accountTeamLeadId: 'lead' };

describe('who directs a relationship', () => {
  it('is the account team lead for a strategic relation', () => {
    expect(relationshipDirection({ ...people, relationLevel: 'strategic' })).toEqual({
      role: 'accountTeamLead',
      userId: 'lead',
    });
  });

  it('is the lead still when none is named: the gap shows, the manager does not stand in', () => {
    expect(
      relationshipDirection({ ...people, accountTeamLeadId: null, relationLevel: 'strategic' }),
    ).toEqual({ role: 'accountTeamLead', userId: null });
  });

  it.each(['business_unit', 'team'] as const)(
    'is the relationship manager for a %s relation, with or without a lead',
    (relationLevel) => {
      expect(relationshipDirection({ ...people, relationLevel })).toEqual({
        role: 'relationshipManager',
        userId: 'manager',
      });
      expect(
        relationshipDirection({
          relationLevel,
          relationshipManagerId: null,
          accountTeamLeadId: 'lead',
        }),
      ).toEqual({ role: 'relationshipManager', userId: null });
    },
  );

  it('is nobody for other relations, which are an overview', () => {
    expect(relationshipDirection({ ...people, relationLevel: 'other' })).toEqual({
      role: 'nobody',
      userId: null,
    });
  });
});
