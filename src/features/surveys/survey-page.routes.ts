// The survey page's two routes, the only ones a stranger reaches without signing in besides the
// way in itself: the personal link's token is the credential, and it reaches one request.
import type { Deps } from '../../http/context.ts';
import { featureRouter } from '../../http/feature-router.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { clientIp } from '../../http/session-cookie.ts';
import { systemClock } from '../../http/today.ts';
import { admitFromAddress } from '../auth/auth.service.ts';
import { surveyAnswerSchema, surveyPageSchema, surveyTokenParam } from './surveys.schema.ts';
import { answerSurvey, surveyPage } from './survey-page.service.ts';

const tags = ['Survey page'];

/** Requests of the survey page from one address per quarter of an hour. */
export const surveyRequestsPerAddress = 60;

const page = route('public', {
  method: 'get',
  path: '/survey/{token}',
  tags,
  summary:
    'The questions of a personal link, in its language, with the firm’s name, the contact’s ' +
    'first name and the assignment’s title; 404 for an unknown, expired or revoked link, 409 ' +
    'once answered',
  request: { params: surveyTokenParam },
  responses: { 200: jsonResponse('The page', surveyPageSchema) },
});
const answer = route('public', {
  method: 'post',
  path: '/survey/{token}',
  tags,
  summary: 'Answer the questions, once: they become the contact’s written evaluation',
  request: { params: surveyTokenParam, body: jsonBody(surveyAnswerSchema) },
  responses: { 204: { description: 'Answered' } },
});

export function surveyPageRoutes({ db, config, clock = systemClock }: Deps) {
  const admit = (c: Parameters<typeof clientIp>[0]) =>
    admitFromAddress(db, 'survey', clientIp(c, config), surveyRequestsPerAddress);
  return featureRouter()
    .openapi(page, async (c) => {
      await admit(c);
      return c.json(await surveyPage(db, c.req.valid('param').token, clock()), 200);
    })
    .openapi(answer, async (c) => {
      await admit(c);
      await answerSurvey(db, c.req.valid('param').token, c.req.valid('json'), clock);
      return c.body(null, 204);
    });
}
