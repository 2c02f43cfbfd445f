// Survey requests for professionals (method §7): make a client's contact person a personal link
// to answer the evaluation, mail it, follow its status, revoke it.
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { appOrigin } from '../../http/config.ts';
import { featureRouter } from '../../http/feature-router.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { firmClock, systemClock } from '../../http/today.ts';
import { idParam } from '../../kernel/schemas.ts';
import { mailSettingsFromEnv, smtpMailer, type Mailer } from '../digest/digest.service.ts';
import {
  surveyRequestCreateSchema,
  surveyRequestCreatedSchema,
  surveyRequestListSchema,
  surveyRequestQuery,
  surveyRequestSchema,
  surveyResponseRatesSchema,
} from './surveys.schema.ts';
import { surveyResponseRates } from './response-rates.service.ts';
import {
  createSurveyRequest,
  listSurveyRequests,
  revokeSurveyRequest,
  sendSurveyRequest,
} from './surveys.service.ts';

const tags = ['Survey requests'];

const create = route('records.write', {
  method: 'post',
  path: '/organizations/{id}/survey-requests',
  tags,
  summary:
    'Make a personal link for a contact person to answer the evaluation (shown once), and ' +
    'mail it when asked',
  request: { params: idParam, body: jsonBody(surveyRequestCreateSchema) },
  responses: { 201: jsonResponse('The request and its link', surveyRequestCreatedSchema) },
});
const clientList = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/survey-requests',
  tags,
  summary: "A client's survey requests with their status, the latest first",
  request: { params: idParam, query: surveyRequestQuery },
  responses: { 200: jsonResponse('The requests', surveyRequestListSchema) },
});
const list = route('records.read', {
  method: 'get',
  path: '/survey-requests',
  tags,
  summary: "The firm's survey requests with their status, the latest first",
  request: { query: surveyRequestQuery },
  responses: { 200: jsonResponse('The requests', surveyRequestListSchema) },
});
const send = route('records.write', {
  method: 'post',
  path: '/survey-requests/{id}/send',
  tags,
  summary: 'Mail the contact a fresh link of an open request (the earlier links keep working)',
  request: { params: idParam },
  responses: { 200: jsonResponse('The request', surveyRequestSchema) },
});
const revoke = route('records.write', {
  method: 'post',
  path: '/survey-requests/{id}/revoke',
  tags,
  summary: 'Revoke an open request: its links open nothing any more',
  request: { params: idParam },
  responses: { 200: jsonResponse('The request', surveyRequestSchema) },
});

const rates = route('records.read', {
  method: 'get',
  path: '/survey-response-rates',
  tags,
  summary:
    'How many contacts asked by a link answered, per client category and per professional who ' +
    'asked, and who has not',
  responses: { 200: jsonResponse('The response rates', surveyResponseRatesSchema) },
});

/** The server's mailer, read from the environment when a mail is to go (none: mail is off). */
function configuredMailer(): Mailer | undefined {
  const settings = mailSettingsFromEnv(process.env);
  return settings.on ? smtpMailer(settings) : undefined;
}

export function surveyRoutes({ db, config, clock = systemClock }: Deps) {
  const contextOf = async (workspaceId: string) => {
    const firm = await firmClock(db, workspaceId, clock);
    return {
      now: firm.now,
      link: { origin: appOrigin(config), timeZone: firm.timeZone, mailer: configuredMailer() },
    };
  };
  return featureRouter()
    .openapi(create, async (c) => {
      const actor = authOf(c);
      const { now, link } = await contextOf(actor.workspaceId);
      const id = c.req.valid('param').id;
      return c.json(await createSurveyRequest(db, actor, id, c.req.valid('json'), now, link), 201);
    })
    .openapi(clientList, async (c) => {
      const { workspaceId } = authOf(c);
      const where = { organizationId: c.req.valid('param').id, ...c.req.valid('query') };
      return c.json({ items: await listSurveyRequests(db, workspaceId, where, clock()) }, 200);
    })
    .openapi(list, async (c) => {
      const { workspaceId } = authOf(c);
      const where = c.req.valid('query');
      return c.json({ items: await listSurveyRequests(db, workspaceId, where, clock()) }, 200);
    })
    .openapi(send, async (c) => {
      const actor = authOf(c);
      const { now, link } = await contextOf(actor.workspaceId);
      return c.json(await sendSurveyRequest(db, actor, c.req.valid('param').id, now, link), 200);
    })
    .openapi(revoke, async (c) => {
      const actor = authOf(c);
      return c.json(await revokeSurveyRequest(db, actor, c.req.valid('param').id, clock()), 200);
    })
    .openapi(rates, async (c) => {
      const { workspaceId } = authOf(c);
      return c.json(await surveyResponseRates(db, workspaceId, clock()), 200);
    });
}
