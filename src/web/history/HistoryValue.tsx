// One value in the history as the user reads it: names instead of ids, enum values in words,
// dates by locale.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useUserNames } from '../app/users.ts';
import { useContact } from '../contacts/queries.ts';
import { formatDate, type Language } from '../format.ts';
import { en } from '../i18n/en.ts';
import { useLanguage } from '../i18n/index.ts';
import { useOrganization } from '../organizations/queries.ts';

const enumTexts: Record<string, string> = {
  status: 'organizations.status',
  relationLevel: 'organizations.relationLevel',
  dmuRole: 'contacts.dmuRole',
  role: 'settings.roles',
  decision: 'review.decisions',
};
const dateFields = new Set(['clientSince', 'birthday', 'activeFrom', 'activeTo']);
const userFields = new Set(['relationshipManagerId', 'secondProfessionalId']);

function show(field: string, value: string, t: TFunction, language: Language): string {
  const texts = enumTexts[field];
  if (texts) return t(`${texts}.${value}` as never);
  if (dateFields.has(field)) return formatDate(value, language);
  // a preset category by its key (koester, red); the firm's own categories carry their name
  if (field === 'category' && Object.hasOwn(en.choosing.categories, value))
    return t(`choosing.categories.${value as keyof typeof en.choosing.categories}`);
  if (field === 'scheme' && Object.hasOwn(en.choosing.schemes, value))
    return t(`choosing.schemes.${value as keyof typeof en.choosing.schemes}`);
  return value;
}

export function HistoryValue({ field, value }: { field: string; value: unknown }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (value === null || value === undefined || value === '') return <>—</>;
  if (typeof value === 'boolean') return <>{value ? t('app.yes') : t('app.no')}</>;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return <>{value.length > 0 ? value.join(', ') : '—'}</>;
  if (typeof value !== 'string') return <>{JSON.stringify(value)}</>;
  if (userFields.has(field)) return <UserName id={value} />;
  if (field === 'referredByOrganizationId') return <OrganizationName id={value} />;
  if (field === 'referredByContactId') return <ContactName id={value} />;
  return <>{show(field, value, t, language)}</>;
}

function UserName({ id }: { id: string }) {
  const { t } = useTranslation();
  return <>{useUserNames().get(id) ?? t('history.unknown')}</>;
}

function OrganizationName({ id }: { id: string }) {
  const { t } = useTranslation();
  const organization = useOrganization(id);
  if (organization.isPending) return <>…</>;
  return <>{organization.data?.name ?? t('history.unknown')}</>;
}

function ContactName({ id }: { id: string }) {
  const { t } = useTranslation();
  const contact = useContact(id);
  if (contact.isPending) return <>…</>;
  return <>{contact.data?.displayName ?? t('history.unknown')}</>;
}
