/** Where an organisation stands with the firm. */
export const organizationStatuses = ['prospect', 'client', 'former'] as const;
export type OrganizationStatus = (typeof organizationStatuses)[number];

/**
 * The last day a client was one, after a change (decision 0032): the day given when it is given;
 * the firm's `today` when a client becomes a former client; none when it is a client again (or
 * anything but a former client); else as it was.
 */
export function clientUntilAfter(
  current: { status: OrganizationStatus; clientUntil: string | null },
  change: { status?: OrganizationStatus | undefined; clientUntil?: string | null | undefined },
  today: string,
): string | null {
  const status = change.status ?? current.status;
  if (status !== 'former') return null;
  if (change.clientUntil !== undefined) return change.clientUntil;
  if (current.status === 'client') return today;
  return current.clientUntil;
}

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
