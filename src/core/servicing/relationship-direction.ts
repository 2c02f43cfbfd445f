// Who directs a relationship (method.md §14). Strategic relations are directed centrally by an
// account team of the key players under its lead (the market manager), so the lead directs them.
// Business-unit and team relations are directed within that unit or team by the client's
// relationship manager, whose tasks include leading the account team. Other relations are kept
// as an overview and nobody directs them.
import type { RelationLevel } from '../organization.ts';

export type DirectorRole = 'accountTeamLead' | 'relationshipManager' | 'nobody';

export type RelationshipDirection = {
  role: DirectorRole;
  /** The professional in that role; null when the level has none or nobody is named yet. */
  userId: string | null;
};

/** Who directs the relationship with a client at its relation level (method §14). */
export function relationshipDirection(input: {
  relationLevel: RelationLevel;
  relationshipManagerId: string | null;
  accountTeamLeadId: string | null;
}): RelationshipDirection {
  switch (input.relationLevel) {
    case 'strategic':
      return { role: 'accountTeamLead', userId: input.accountTeamLeadId };
    case 'business_unit':
    case 'team':
      return { role: 'relationshipManager', userId: input.relationshipManagerId };
    case 'other':
      return { role: 'nobody', userId: null };
  }
}
