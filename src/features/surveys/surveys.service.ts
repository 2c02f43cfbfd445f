// Survey requests (method §7, decision 0040): a professional makes a personal link for a client's
// contact person, copies it or has it mailed; the contact answers on a page of the product without
// an account, once; open requests are reminded at most twice. Every change audited.
import { and, eq, sql } from 'drizzle-orm';
import { DomainError, invalidField, notFound } from '../../core/errors.ts';
import {
  maxReminders,
  surveyAccess,
  surveyExpiry,
  surveyStatus,
  type SurveyLanguage,
  type SurveyRequestState,
  type SurveyStatus,
} from '../../core/satisfaction/survey-request.ts';
import type { Db } from '../../db/connection.ts';
import { surveyLinks, surveyRequests } from '../../db/schema.ts';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { hashSecret, newSecret } from '../../kernel/secrets.ts';
import type { Mailer } from '../digest/digest.service.ts';
import { surveyMail } from './surveys.mail.ts';
import {
  findRequest,
  firmLocale,
  isAssignmentOf,
  isContactOf,
  listRequests,
  organizationExists,
  type SurveyRequestRow,
} from './surveys.repo.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Where links point (the app's public address) and the firm's time zone, for the mail's date. */
export type LinkContext = { origin: string; timeZone: string; mailer: Mailer | undefined };

const dateOf = (value: string | null) => (value === null ? null : new Date(value));

export function stateOf(row: SurveyRequestRow): SurveyRequestState {
  return {
    expiresAt: new Date(row.expires_at),
    sentAt: dateOf(row.sent_at),
    remindersSent: row.reminders_sent,
    lastReminderAt: dateOf(row.last_reminder_at),
    answeredAt: dateOf(row.answered_at),
    revokedAt: dateOf(row.revoked_at),
  };
}

export function toSurveyRequest(row: SurveyRequestRow, now: Date) {
  return {
    id: row.id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    assignmentId: row.assignment_id,
    assignmentTitle: row.assignment_title,
    contactId: row.contact_id,
    contactName: row.contact_name,
    language: row.language as SurveyLanguage,
    createdById: row.created_by,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    sentAt: row.sent_at,
    sentTo: row.sent_to,
    remindersSent: row.reminders_sent,
    lastReminderAt: row.last_reminder_at,
    answeredAt: row.answered_at,
    evaluationId: row.evaluation_id,
    revokedAt: row.revoked_at,
    status: surveyStatus(stateOf(row), now),
  };
}

export type SurveyRequestView = ReturnType<typeof toSurveyRequest>;

const audit = (
  tx: Tx,
  actor: Actor,
  row: { id: string },
  org: string,
  before: unknown,
  after: unknown,
) =>
  recordAudit(tx, {
    ...actor,
    entityType: 'organization',
    entityId: org,
    action: 'update',
    before: { [`surveyRequest:${row.id}`]: before },
    after: { [`surveyRequest:${row.id}`]: after },
  });

/** A fresh link of a request: its secret goes into the link, only its hash is kept. */
export async function newLink(tx: Tx, workspaceId: string, requestId: string, origin: string) {
  const secret = newSecret();
  await tx.insert(surveyLinks).values({ workspaceId, tokenHash: hashSecret(secret), requestId });
  return `${origin}/survey/${workspaceId}.${secret}`;
}

/** Mails a link to the contact; throws when there is no address or no mail, or it is refused. */
export async function mailLink(
  row: SurveyRequestRow,
  link: string,
  context: LinkContext,
  reminder: boolean,
) {
  if (!context.mailer)
    throw new DomainError(
      'conflict',
      'Mail is not set up on this server (KLANDIZIE_SMTP_URL, KLANDIZIE_MAIL_FROM): copy the link instead',
    );
  if (!row.contact_email)
    throw invalidField('contactId', 'has no e-mail address: add one, or copy the link instead');
  const mail = surveyMail({
    language: row.language as SurveyLanguage,
    firmName: row.firm_name,
    firstName: row.contact_first_name,
    assignmentTitle: row.assignment_title,
    link,
    expiresAt: new Date(row.expires_at),
    timeZone: context.timeZone,
    reminder,
  });
  try {
    await context.mailer.send({ to: row.contact_email, language: row.language, ...mail });
  } catch (error) {
    throw new DomainError(
      'unavailable',
      `The mail server did not accept the mail: ${error instanceof Error ? error.message : String(error)}`,
      undefined,
      undefined,
      60,
    );
  }
  return row.contact_email;
}

async function markSent(tx: Tx, row: SurveyRequestRow, to: string, now: Date) {
  await tx
    .update(surveyRequests)
    .set({ sentAt: row.sent_at ? new Date(row.sent_at) : now, sentTo: to })
    .where(and(eq(surveyRequests.workspaceId, row.workspace_id), eq(surveyRequests.id, row.id)));
}

export type SurveyRequestInput = {
  contactId: string;
  assignmentId?: string | null | undefined;
  language?: SurveyLanguage | undefined;
  send?: boolean | undefined;
};

/** Makes a request and its first link (returned this once); mails it when asked. */
export async function createSurveyRequest(
  db: Db,
  actor: Actor,
  organizationId: string,
  input: SurveyRequestInput,
  now: Date,
  context: LinkContext,
): Promise<{ request: SurveyRequestView; link: string }> {
  const ws = actor.workspaceId;
  const id = newId();
  const link = await db.transaction(async (tx) => {
    if (!(await organizationExists(tx, ws, organizationId))) throw notFound('Organisation');
    if (!(await isContactOf(tx, ws, organizationId, input.contactId)))
      throw invalidField('contactId', 'is not a contact person of this organisation', {
        code: 'notAContact',
      });
    const assignmentId = input.assignmentId ?? null;
    if (assignmentId !== null && !(await isAssignmentOf(tx, ws, organizationId, assignmentId)))
      throw invalidField('assignmentId', 'is not an assignment of this organisation');
    const language = input.language ?? ((await firmLocale(tx, ws)) === 'en' ? 'en' : 'nl');
    const stored = {
      contactId: input.contactId,
      assignmentId,
      kind: 'evaluation',
      language,
      expiresAt: surveyExpiry(now),
    };
    await tx.insert(surveyRequests).values({
      workspaceId: ws,
      id,
      organizationId,
      ...stored,
      createdBy: actor.userId,
      createdAt: now,
    });
    await audit(tx, actor, { id }, organizationId, null, stored);
    const made = await newLink(tx, ws, id, context.origin);
    if (input.send) {
      const row = (await findRequest(tx, ws, id))!;
      await markSent(tx, row, await mailLink(row, made, context, false), now);
    }
    return made;
  });
  const row = (await findRequest(db, ws, id))!;
  return { request: toSurveyRequest(row, now), link };
}

/** Mails the contact a fresh link of an open request (the links made before keep working). */
export async function sendSurveyRequest(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
  context: LinkContext,
): Promise<SurveyRequestView> {
  const ws = actor.workspaceId;
  await db.transaction(async (tx) => {
    const row = await findRequest(tx, ws, id, true);
    if (!row) throw notFound('Survey request');
    const access = surveyAccess(stateOf(row), now);
    if (access !== 'open')
      throw new DomainError(
        'conflict',
        access === 'used'
          ? 'This request has been answered already'
          : 'This request has expired or was revoked: make a new one',
      );
    const link = await newLink(tx, ws, id, context.origin);
    const to = await mailLink(row, link, context, false);
    await markSent(tx, row, to, now);
    await audit(tx, actor, row, row.organization_id, { sentTo: row.sent_to }, { sentTo: to });
  });
  return toSurveyRequest((await findRequest(db, ws, id))!, now);
}

export async function listSurveyRequests(
  db: Db,
  workspaceId: string,
  where: { organizationId?: string | undefined; status?: SurveyStatus | undefined },
  now: Date,
): Promise<SurveyRequestView[]> {
  if (where.organizationId && !(await organizationExists(db, workspaceId, where.organizationId)))
    throw notFound('Organisation');
  const rows = await listRequests(db, workspaceId, { organizationId: where.organizationId });
  return rows
    .map((row) => toSurveyRequest(row, now))
    .filter((view) => !where.status || view.status === where.status);
}

/** Revokes an open request: its links open nothing any more. */
export async function revokeSurveyRequest(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
): Promise<SurveyRequestView> {
  const ws = actor.workspaceId;
  await db.transaction(async (tx) => {
    const row = await findRequest(tx, ws, id, true);
    if (!row) throw notFound('Survey request');
    if (row.answered_at)
      throw new DomainError('conflict', 'This request has been answered already');
    if (row.revoked_at) return;
    await tx
      .update(surveyRequests)
      .set({ revokedAt: now })
      .where(and(eq(surveyRequests.workspaceId, ws), eq(surveyRequests.id, id)));
    await audit(tx, actor, row, row.organization_id, { revokedAt: null }, { revokedAt: now });
  });
  return toSurveyRequest((await findRequest(db, ws, id))!, now);
}

/** Counts a reminder of a request; only when it was still due (concurrent runs send one). */
export async function recordReminder(tx: Tx, row: SurveyRequestRow, now: Date): Promise<boolean> {
  const result = await tx.execute(sql`
    update survey_requests set reminders_sent = reminders_sent + 1, last_reminder_at = ${now}
     where workspace_id = ${row.workspace_id} and id = ${row.id}
       and reminders_sent = ${row.reminders_sent} and reminders_sent < ${maxReminders}`);
  return (result.rowCount ?? 0) > 0;
}
