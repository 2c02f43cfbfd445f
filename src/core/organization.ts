/** Where an organisation stands with the firm. */
export const organizationStatuses = ['prospect', 'client', 'former'] as const;
export type OrganizationStatus = (typeof organizationStatuses)[number];

/** Relation levels (method §14): who directs the relationship. */
export const relationLevels = ['strategic', 'business_unit', 'team', 'other'] as const;
export type RelationLevel = (typeof relationLevels)[number];

/** Size classes by number of employees, as the Chamber of Commerce counts them. */
export const sizeClasses = ['1', '2-9', '10-49', '50-249', '250+'] as const;
export type SizeClass = (typeof sizeClasses)[number];

/** Roles in the decision-making unit (DMU). */
export const dmuRoles = [
  'decider',
  'buyer',
  'influencer',
  'user',
  'gatekeeper',
  'initiator',
] as const;
export type DmuRole = (typeof dmuRoles)[number];
