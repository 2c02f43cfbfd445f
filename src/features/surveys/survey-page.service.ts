// The survey page (decision 0040): what the holder of a personal link sees and may do. The link
// is the only credential, and it reaches one request: its questions, the firm's name, the
// contact's first name and the assignment's title; answering it once records an evaluation.
import { and, eq } from 'drizzle-orm';
import { DomainError } from '../../core/errors.ts';
import {
  evaluationAspects,
  recommendRange,
  scoreRange,
  trustIntentions,
  type AspectScores,
  type TrustIntention,
} from '../../core/satisfaction/evaluation.ts';
import { surveyAccess, type SurveyLanguage } from '../../core/satisfaction/survey-request.ts';
import type { Db } from '../../db/connection.ts';
import { surveyRequests } from '../../db/schema.ts';
import { firmClock, type Clock } from '../../http/today.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { hashSecret, splitCredential } from '../../kernel/secrets.ts';
import { recordEvaluation } from '../satisfaction/satisfaction.service.ts';
import { requestOfLink, type SurveyRequestRow } from './surveys.repo.ts';
import { stateOf } from './surveys.service.ts';

/** Unknown, expired and revoked links get the same answer: it tells nothing of which it was. */
const gone = () =>
  new DomainError('not_found', 'This link is not valid (any more); ask the firm for a new one');
const used = () =>
  new DomainError('conflict', 'This survey has been answered already; thank you', undefined, {
    code: 'surveyAnswered',
    params: {},
  });

async function openRequest(db: Pick<Db, 'execute'>, token: string, now: Date, lock = false) {
  const credential = splitCredential(token);
  if (!credential) throw gone();
  const row = await requestOfLink(db, credential.workspaceId, hashSecret(credential.secret), lock);
  if (!row) throw gone();
  const access = surveyAccess(stateOf(row), now);
  if (access === 'used') throw used();
  if (access === 'gone') throw gone();
  return row;
}

const pageOf = (row: SurveyRequestRow) => ({
  language: row.language as SurveyLanguage,
  firmName: row.firm_name,
  // the product keeps no logo of a firm: the page shows its name
  firmLogoUrl: null,
  contactFirstName: row.contact_first_name,
  assignmentTitle: row.assignment_title,
  expiresAt: row.expires_at,
  questions: {
    aspects: [...evaluationAspects],
    score: { ...scoreRange },
    recommend: { ...recommendRange },
    trust: [...trustIntentions],
  },
});

export async function surveyPage(db: Db, token: string, now: Date) {
  return pageOf(await openRequest(db, token, now));
}

export type SurveyAnswer = {
  scores?: AspectScores | undefined;
  overall: number;
  recommend?: number | null | undefined;
  trust?: TrustIntention | null | undefined;
  comments?: string | null | undefined;
};

/**
 * Records the answers as the contact's written evaluation of the assignment (so the norm, the
 * improvement plan and the ambassador mark follow as for any evaluation) and marks the request
 * answered, in one transaction that holds the request: a second answer finds it used.
 */
export async function answerSurvey(
  db: Db,
  token: string,
  answer: SurveyAnswer,
  clock: Clock,
): Promise<void> {
  const workspaceId = splitCredential(token)?.workspaceId;
  if (!workspaceId) throw gone();
  // the day the evaluation is of is the firm's, as for one a professional records
  const { now, today } = await firmClock(db, workspaceId, clock);
  await db.transaction(async (tx) => {
    const row = await openRequest(tx, token, now, true);
    const writer = { workspaceId: row.workspace_id, userId: undefined };
    const evaluationId = await recordEvaluation(
      tx,
      writer,
      row.organization_id,
      {
        contactId: row.contact_id,
        assignmentId: row.assignment_id,
        method: 'written',
        evaluatedOn: today,
        scores: answer.scores,
        overall: answer.overall,
        recommend: answer.recommend ?? null,
        trust: answer.trust ?? null,
        comments: answer.comments ?? null,
      },
      today,
    );
    await tx
      .update(surveyRequests)
      .set({ answeredAt: now, evaluationId })
      .where(and(eq(surveyRequests.workspaceId, row.workspace_id), eq(surveyRequests.id, row.id)));
    await recordAudit(tx, {
      ...writer,
      entityType: 'organization',
      entityId: row.organization_id,
      action: 'update',
      before: { [`surveyRequest:${row.id}`]: { answeredAt: null } },
      after: { [`surveyRequest:${row.id}`]: { answeredAt: now, evaluationId } },
    });
  });
}
