// One value in the history as the user reads it: names instead of ids, enum values in words,
// dates by locale.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useUserNames } from '../app/users.ts';
import { useContact } from '../contacts/queries.ts';
import { useSession } from '../app/session.tsx';
import { formatDate, formatMoney, type Language } from '../format.ts';
import { en } from '../i18n/en.ts';
import { useLanguage } from '../i18n/index.ts';
import { useOrganization } from '../organizations/queries.ts';
import { recordField, type RecordKind } from './historyTexts.ts';

const enumTexts: Record<string, string> = {
  status: 'organizations.status',
  relationLevel: 'organizations.relationLevel',
  dmuRole: 'contacts.dmuRole',
  role: 'settings.roles',
  decision: 'review.decisions',
};
const dateFields = new Set(['clientSince', 'clientUntil', 'birthday', 'activeFrom', 'activeTo']);
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
  const record = recordField(field);
  if (record && typeof value === 'object' && !Array.isArray(value))
    return <RecordSummary kind={record} record={value as Record<string, unknown>} />;
  if (field === 'accountTeam' && Array.isArray(value)) return <TeamNames members={value} />;
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

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** A proposal, gift or call-back request in one line: what it is, its date and its state. */
function RecordSummary({ kind, record }: { kind: RecordKind; record: Record<string, unknown> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const names = useUserNames();
  const money = (cents: unknown) =>
    typeof cents === 'number' ? formatMoney(cents, currency, language) : '';
  const date = (day: unknown) => (typeof day === 'string' ? formatDate(day, language) : '');
  const stage = text(record.stage);
  const parts =
    kind === 'proposal'
      ? [
          text(record.title),
          Object.hasOwn(en.proposals.stages, stage)
            ? t(`proposals.stages.${stage as keyof typeof en.proposals.stages}`)
            : stage,
          date(record.requestedOn),
          money(record.valueCents),
        ]
      : kind === 'gift'
        ? [text(record.description), date(record.onDate), money(record.valueCents)]
        : [
            text(record.callerName),
            date(record.calledOn),
            typeof record.forUserId === 'string' ? (names.get(record.forUserId) ?? '') : '',
            record.returnedOn
              ? t('history.record.returnedOn', { date: date(record.returnedOn) })
              : t('history.record.open'),
          ];
  return <>{parts.filter((part) => part !== '').join(' · ')}</>;
}

/** The account team's members by name, the lead marked. */
function TeamNames({ members }: { members: unknown[] }) {
  const { t } = useTranslation();
  const names = useUserNames();
  const list = members.flatMap((member) => {
    if (typeof member !== 'object' || member === null) return [];
    const { userId, role } = member as { userId?: unknown; role?: unknown };
    const name = typeof userId === 'string' ? (names.get(userId) ?? t('history.unknown')) : '';
    return [role === 'lead' ? `${name} (${t('history.record.lead')})` : name];
  });
  return <>{list.length > 0 ? list.join(', ') : '—'}</>;
}
