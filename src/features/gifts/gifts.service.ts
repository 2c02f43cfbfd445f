// Use cases for the gift register (method §6): gifts to contact persons, planned or given, each
// answered with what to warn about (the firm's value limit, the client's category gift policy,
// repeats to the same contact) and the six requirements as a checklist; every change audited on
// the organisation.
import { and, eq, sql } from 'drizzle-orm';
import { invalidField, notFound } from '../../core/errors.ts';
import { stripUndefined } from '../../core/objects.ts';
import { addCalendarDays, sameDayYearEarlier } from '../../core/servicing/calendar-days.ts';
import {
  giftChecklist,
  giftWarnings,
  type GiftRequirementKey,
  type RegisteredGift,
} from '../../core/servicing/gifts.ts';
import type { Db } from '../../db/connection.ts';
import { gifts } from '../../db/schema.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { findOrganization } from '../organizations/organizations.service.ts';
import { clientNorms, daysSpanning } from '../servicing/client-norms.service.ts';
import {
  findContact,
  findGift,
  giftsBetween,
  giftsOfOrganization,
  giftsToContacts,
  type NamedGift,
} from './gifts.repo.ts';
import type { Gift, GiftCreate, GiftStatus, GiftUpdate } from './gifts.schema.ts';
import type { Actor } from '../../kernel/actor.ts';
import { firmSettings } from '../workspace/workspace.service.ts';

type Reader = Pick<Db, 'select'>;

/** The most a gift may be worth, in cents (method §6); null when the firm set no limit. */
const valueLimitOf = async (db: Reader, workspaceId: string): Promise<number | null> =>
  (await firmSettings(db, workspaceId)).giftValueLimitCents;

/** The one mapper from a row and what it is checked against to the API's gift. */
function toGift(gift: NamedGift, checks: Pick<Gift, 'giftPolicy' | 'warnings'>): Gift {
  const { row } = gift;
  const requirementsMet = row.requirementsMet as GiftRequirementKey[];
  return {
    id: row.id,
    organizationId: row.organizationId,
    organizationName: gift.organizationName,
    contact: { id: row.contactId, displayName: gift.contactName },
    status: row.status as GiftStatus,
    onDate: row.onDate,
    occasion: row.occasion,
    description: row.description,
    valueCents: row.valueCents,
    requirementsMet,
    notes: row.notes,
    ...checks,
    checklist: giftChecklist(requirementsMet),
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The gifts with their warnings: the limit, the policies and the other gifts read once. */
async function checked(db: Db, workspaceId: string, named: NamedGift[]): Promise<Gift[]> {
  if (named.length === 0) return [];
  const [valueLimitCents, normsOf, others] = await Promise.all([
    valueLimitOf(db, workspaceId),
    // a gift is judged by the policy of the category its client had on the gift's day
    clientNorms(
      db,
      workspaceId,
      daysSpanning(
        named[0]!.row.onDate,
        named.map((gift) => gift.row.onDate),
      ),
    ),
    giftsToContacts(
      db,
      workspaceId,
      named.map((gift) => gift.row.contactId),
    ),
  ]);
  const byContact = new Map<string, RegisteredGift[]>();
  for (const other of others)
    byContact.set(other.contactId, [...(byContact.get(other.contactId) ?? []), other]);
  return named.map((gift) => {
    // a new client has no category and so no policy yet (decision 0014): none is checked
    const norms = normsOf(gift.row.organizationId, gift.row.onDate);
    const policy = norms.categoryThen === null ? null : norms.concept.giftPolicy;
    const warnings = giftWarnings({
      gift: {
        id: gift.row.id,
        contactId: gift.row.contactId,
        date: gift.row.onDate,
        occasion: gift.row.occasion,
        valueCents: gift.row.valueCents,
      },
      policy,
      valueLimitCents,
      otherGifts: byContact.get(gift.row.contactId) ?? [],
    });
    return toGift(gift, { giftPolicy: policy, warnings });
  });
}

async function checkedOne(db: Db, workspaceId: string, id: string): Promise<Gift> {
  const gift = await findGift(db, workspaceId, id);
  if (!gift) throw notFound('Gift');
  const [answer] = await checked(db, workspaceId, [gift]);
  return answer!;
}

function auditable(gift: NamedGift): Record<string, unknown> {
  const {
    workspaceId: _w,
    id: _i,
    organizationId: _o,
    createdBy: _b,
    createdAt: _c,
    updatedAt: _u,
    ...fields
  } = gift.row;
  return fields;
}

/** The contact person must be the organisation's. */
async function checkContact(
  db: Reader,
  workspaceId: string,
  organizationId: string,
  contactId: string,
) {
  const contact = await findContact(db, workspaceId, contactId);
  if (contact?.organizationId !== organizationId)
    throw invalidField('contactId', 'is not a contact person of this client', {
      code: 'notAContact',
    });
}

export async function giftsOfClient(
  db: Db,
  workspaceId: string,
  organizationId: string,
): Promise<{ items: Gift[] }> {
  if (!(await findOrganization(db, workspaceId, organizationId))) throw notFound('Organisation');
  return {
    items: await checked(
      db,
      workspaceId,
      await giftsOfOrganization(db, workspaceId, organizationId),
    ),
  };
}

/** The firm's register over a period, newest first; by default the last twelve months. */
export async function giftRegister(
  db: Db,
  args: {
    workspaceId: string;
    from?: string | undefined;
    to?: string | undefined;
    /** The firm's day. */
    today: string;
  },
) {
  const to = args.to ?? args.today;
  const from = args.from ?? addCalendarDays(sameDayYearEarlier(to), 1);
  if (from > to) throw invalidField('to', 'cannot be before from', { code: 'beforeFrom' });
  const named = await giftsBetween(db, { workspaceId: args.workspaceId, from, to });
  return {
    from,
    to,
    items: await checked(db, args.workspaceId, named),
    valueLimitCents: await valueLimitOf(db, args.workspaceId),
  };
}

export async function getGift(db: Db, workspaceId: string, id: string): Promise<Gift> {
  return checkedOne(db, workspaceId, id);
}

export async function createGift(
  db: Db,
  actor: Actor,
  organizationId: string,
  input: GiftCreate,
): Promise<Gift> {
  const id = newId();
  await db.transaction(async (tx) => {
    if (!(await findOrganization(tx, actor.workspaceId, organizationId)))
      throw notFound('Organisation');
    await checkContact(tx, actor.workspaceId, organizationId, input.contactId);
    await tx.insert(gifts).values({
      ...input,
      requirementsMet: input.requirementsMet ?? [],
      notes: input.notes ?? null,
      workspaceId: actor.workspaceId,
      id,
      organizationId,
      createdBy: actor.userId,
    });
    const gift = await findGift(tx, actor.workspaceId, id);
    if (!gift) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: organizationId,
      action: 'update',
      before: { [`gift:${id}`]: null },
      after: { [`gift:${id}`]: auditable(gift) },
    });
  });
  return checkedOne(db, actor.workspaceId, id);
}

export async function updateGift(
  db: Db,
  actor: Actor,
  id: string,
  input: GiftUpdate,
): Promise<Gift> {
  await db.transaction(async (tx) => {
    const before = await findGift(tx, actor.workspaceId, id, true);
    if (!before) throw notFound('Gift');
    const organizationId = before.row.organizationId;
    if (input.contactId !== undefined)
      await checkContact(tx, actor.workspaceId, organizationId, input.contactId);
    await tx
      .update(gifts)
      .set({ ...stripUndefined(input), updatedAt: sql`now()` })
      .where(and(eq(gifts.workspaceId, actor.workspaceId), eq(gifts.id, id)));
    const after = await findGift(tx, actor.workspaceId, id);
    if (!after) throw notFound('Gift');
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: organizationId,
      action: 'update',
      before: { [`gift:${id}`]: auditable(before) },
      after: { [`gift:${id}`]: auditable(after) },
    });
  });
  // read after the commit: the warnings weigh the register as it now stands
  return checkedOne(db, actor.workspaceId, id);
}

export async function deleteGift(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await findGift(tx, actor.workspaceId, id, true);
    if (!before) throw notFound('Gift');
    await tx.delete(gifts).where(and(eq(gifts.workspaceId, actor.workspaceId), eq(gifts.id, id)));
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: before.row.organizationId,
      action: 'update',
      before: { [`gift:${id}`]: auditable(before) },
      after: { [`gift:${id}`]: null },
    });
  });
}
