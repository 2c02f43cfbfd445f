// Select options built from the texts, so every list reads in the user's language.
import type { TFunction } from 'i18next';
import type { Schemas } from '../api/client.ts';

type Organization = Schemas['Organization'];
type Contact = Schemas['Contact'];
type User = Schemas['User'];

export const statuses: Organization['status'][] = ['prospect', 'client', 'former'];
export const relationLevels: Organization['relationLevel'][] = [
  'strategic',
  'business_unit',
  'team',
  'other',
];
export const sizeClasses = ['1', '2-9', '10-49', '50-249', '250+'] as const;
export const dmuRoles: NonNullable<Contact['dmuRole']>[] = [
  'decider',
  'buyer',
  'influencer',
  'user',
  'gatekeeper',
  'initiator',
];
export const roles: User['role'][] = ['owner', 'partner', 'manager', 'professional', 'viewer'];
export const currencies: Schemas['Workspace']['currency'][] = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'DKK',
  'SEK',
  'NOK',
  'PLN',
];

export const statusOptions = (t: TFunction) =>
  statuses.map((value) => ({ value, label: t(`organizations.status.${value}`) }));
export const relationLevelOptions = (t: TFunction) =>
  relationLevels.map((value) => ({ value, label: t(`organizations.relationLevel.${value}`) }));
export const dmuRoleOptions = (t: TFunction) =>
  dmuRoles.map((value) => ({ value, label: t(`contacts.dmuRole.${value}`) }));
export const roleOptions = (t: TFunction) =>
  roles.map((value) => ({ value, label: t(`settings.roles.${value}`) }));
export const monthOptions = (t: TFunction) =>
  months.map((month, index) => ({ value: String(index + 1), label: t(`months.${month}`) }));

const months = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11', 'm12'] as const;

/** The firm's clock starts here when nobody chooses another: the server's default too. */
export const defaultTimeZone = 'Europe/Amsterdam';

/**
 * The IANA time zones the browser knows, for the firm's clock; the one already chosen stays in the
 * list even when this browser does not know it.
 */
export function timeZoneOptions(current: string): string[] {
  const known: string[] =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([current, defaultTimeZone, 'UTC', ...known])].sort();
}
