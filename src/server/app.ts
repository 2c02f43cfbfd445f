// Composes the HTTP app: security headers, authentication, the feature routes under /api/v1,
// the OpenAPI document and its docs page, and the web app.
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { DomainError } from '../core/errors.ts';
import { accountTeamRoutes } from '../features/account-teams/account-teams.routes.ts';
import { activityRoutes } from '../features/activities/activities.routes.ts';
import { auditRoutes } from '../features/audit/audit.routes.ts';
import { calendarRoutes } from '../features/calendar/calendar.routes.ts';
import { callBackRoutes } from '../features/call-backs/call-backs.routes.ts';
import { choosingRoutes } from '../features/choosing/choosing.routes.ts';
import { complaintRoutes } from '../features/complaints/complaints.routes.ts';
import { complianceRoutes } from '../features/compliance/compliance.routes.ts';
import { prospectRoutes } from '../features/choosing/prospects.routes.ts';
import { goalRoutes } from '../features/choosing/goals.routes.ts';
import { valueTagRoutes } from '../features/choosing/value-tags.routes.ts';
import { authRoutes } from '../features/auth/auth.routes.ts';
import { digestRoutes } from '../features/digest/digest.routes.ts';
import { contactRoutes } from '../features/contacts/contacts.routes.ts';
import { giftRoutes } from '../features/gifts/gifts.routes.ts';
import { satisfactionRoutes } from '../features/satisfaction/satisfaction.routes.ts';
import { earlyWarningRoutes } from '../features/early-warning/early-warning.routes.ts';
import { lostClientRoutes } from '../features/lost-clients/lost-clients.routes.ts';
import { ambassadorsRoutes } from '../features/ambassadors/ambassadors.routes.ts';
import { surveyRoutes } from '../features/surveys/surveys.routes.ts';
import { surveyPageRoutes } from '../features/surveys/survey-page.routes.ts';
import { healthRoutes } from '../features/health/health.routes.ts';
import { importRoutes } from '../features/import/import.routes.ts';
import { organizationRoutes } from '../features/organizations/organizations.routes.ts';
import { planRoutes } from '../features/plan/plan.routes.ts';
import { portfolioRoutes } from '../features/portfolio/portfolio.routes.ts';
import { proposalRoutes } from '../features/proposals/proposals.routes.ts';
import { reviewRoutes } from '../features/review/review.routes.ts';
import { serviceConceptRoutes } from '../features/servicing/service-concepts.routes.ts';
import { tokenRoutes } from '../features/tokens/tokens.routes.ts';
import { userRoutes } from '../features/users/users.routes.ts';
import { vcardRoutes } from '../features/vcard/vcard.routes.ts';
import { workspaceRoutes } from '../features/workspace/workspace.routes.ts';
import { worklistRoutes } from '../features/worklist/worklist.routes.ts';
import { apiDocs } from './api-docs.ts';
import { authenticate } from './authenticate.ts';
import type { AppEnv, Deps } from '../http/context.ts';
import { errorBody, handleError } from '../http/errors.ts';
import { closeAfterUnreadBody, strictJsonText } from '../http/request-body.ts';
import { securityHeaders } from '../http/security-headers.ts';
import { serveWeb } from './static.ts';

export const apiInfo = { title: 'Klandizie API', version: '1.0.0' };

const features = [
  healthRoutes,
  workspaceRoutes,
  authRoutes,
  userRoutes,
  tokenRoutes,
  organizationRoutes,
  contactRoutes,
  vcardRoutes,
  auditRoutes,
  portfolioRoutes,
  reviewRoutes,
  planRoutes,
  importRoutes,
  choosingRoutes,
  prospectRoutes,
  goalRoutes,
  valueTagRoutes,
  activityRoutes,
  complianceRoutes,
  serviceConceptRoutes,
  proposalRoutes,
  callBackRoutes,
  worklistRoutes,
  calendarRoutes,
  digestRoutes,
  accountTeamRoutes,
  giftRoutes,
  satisfactionRoutes,
  earlyWarningRoutes,
  lostClientRoutes,
  complaintRoutes,
  ambassadorsRoutes,
  surveyRoutes,
  surveyPageRoutes,
];

/** The API under /api/v1; the web app and other clients are typed from its OpenAPI document. */
export function createApi(deps: Deps): OpenAPIHono<AppEnv> {
  const api = new OpenAPIHono<AppEnv>();
  for (const feature of features) api.route('/', feature(deps) as unknown as OpenAPIHono<AppEnv>);
  return api;
}

export function createApp(deps: Deps & { webDir?: string | undefined }) {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError);
  app.use('*', closeAfterUnreadBody());
  app.use('*', securityHeaders());
  const limitBody = bodyLimit({
    maxSize: 1024 * 1024,
    onError: () => {
      throw new DomainError('payload_too_large', 'The request body is larger than 1 MiB');
    },
  });
  const readJson = strictJsonText();
  // reading requests that carry no body would build a full Request for nothing; an import
  // streams its file to disk under a limit of its own, and a vCard file is read under one (5 MB)
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' ||
    c.req.method === 'HEAD' ||
    c.req.path.startsWith('/api/v1/imports/') ||
    c.req.path.endsWith('/contacts/vcard')
      ? next()
      : limitBody(c, async () => {
          await readJson(c, next);
        }),
  );
  // The survey page's link is its own credential (decision 0040): no session or API token is
  // read there, so a signed-in browser's cookie neither helps nor hinders it. Any other route
  // reached without them refuses, as it finds no one signed in.
  const signedIn = authenticate(deps);
  app.use('/api/v1/*', (c, next) =>
    c.req.path.startsWith('/api/v1/survey/') ? next() : signedIn(c, next),
  );
  const api = createApi(deps);
  app.route('/api/v1', api);
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'kz_session',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'token', {
    type: 'http',
    scheme: 'bearer',
  });
  app.doc31('/api/openapi.json', { openapi: '3.1.0', info: apiInfo });
  app.route('/api/docs', apiDocs());
  app.all('/api/*', (c) =>
    c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}`), 404),
  );
  if (deps.webDir) app.route('/', serveWeb(deps.webDir));
  return app;
}
