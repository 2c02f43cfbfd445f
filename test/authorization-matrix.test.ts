// Walks every route of the OpenAPI document × every role × a record of one's own firm, another
// user's record and another firm's record, and fails on any answer that allows what should not be.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Permission, type Role } from '../src/core/roles.ts';
import type { Database } from '../src/db/connection.ts';
import { Client, newFirm, newUser, testApp, testPassword, type TestApp } from './helpers/app.ts';
import { freshDatabase } from './helpers/database.ts';

type Operation = { method: string; path: string; permission: Permission | 'public' };
type Target = 'own' | 'otherUser' | 'otherWorkspace';
type Records = {
  organization: string;
  contact: string;
  user: string;
  invitation: string;
  token: string;
  otherUsersToken: string;
  criterion: string;
  scheme: string;
  goal: string;
  activity: string;
  proposal: string;
  callBack: string;
  gift: string;
  evaluation: string;
  improvementPlan: string;
  acuteSignal: string;
  clientLoss: string;
  lostReason: string;
  complaint: string;
  marketingSpend: string;
  surveyRequest: string;
};

let database: Database;
let app: TestApp;
let operations: Operation[];
const clients = new Map<Role, Client>();
const emails = new Map<Role, string>();
let own: Omit<Records, 'token' | 'otherUsersToken'>;
let foreign: Records;
const tokenOf = new Map<Role, string>();
let subjectToken: string;

async function recordsOf(owner: Client): Promise<Omit<Records, 'token' | 'otherUsersToken'>> {
  const criterion = (
    await owner.post('/api/v1/criteria', {
      name: 'Matrix criterion',
      group: 'strategic',
      weight: 2,
      scaleMax: 3,
    })
  ).body.id;
  const scheme = (await owner.post('/api/v1/category-schemes', { preset: 'sabc' })).body.id;
  // on the primary scheme, which the matrix does not remove
  const primary = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  const goal = (
    await owner.post(`/api/v1/category-schemes/${primary}/goals`, {
      categoryKey: 'A',
      kind: 'loyalty',
      measureKey: 'retentionRateBasisPoints',
      target: 9000,
    })
  ).body.id;
  const organization = (await owner.post('/api/v1/organizations', { name: 'Matrix client' })).body
    .id;
  const contact = (
    await owner.post(`/api/v1/organizations/${organization}/contacts`, {
      firstName: 'Mia',
      lastName: 'Trix',
    })
  ).body.id;
  const activity = (
    await owner.post(`/api/v1/organizations/${organization}/activities`, {
      type: 'call',
      status: 'done',
      onDate: '2024-05-01',
      subject: 'Matrix call',
    })
  ).body.id;
  const proposal = (
    await owner.post(`/api/v1/organizations/${organization}/proposals`, { title: 'Matrix' })
  ).body.id;
  const callBack = (
    await owner.post(`/api/v1/organizations/${organization}/call-backs`, { callerName: 'Matrix' })
  ).body.id;
  const gift = (
    await owner.post(`/api/v1/organizations/${organization}/gifts`, {
      contactId: contact,
      status: 'given',
      onDate: '2024-05-01',
      occasion: 'thanks',
      description: 'Matrix gift',
      valueCents: 1_000,
    })
  ).body.id;
  const evaluation = (
    await owner.post(`/api/v1/organizations/${organization}/evaluations`, {
      contactId: contact,
      method: 'phone',
      evaluatedOn: '2024-05-01',
      overall: 6,
    })
  ).body;
  const acuteSignal = (
    await owner.post(`/api/v1/organizations/${organization}/acute-signals`, {
      kind: 'asksRatesAgain',
    })
  ).body.id;
  const lostReason = (await owner.get('/api/v1/lost-reasons')).body.items[0].id;
  const lostClient = (
    await owner.post('/api/v1/organizations', {
      name: 'Matrix lost client',
      status: 'client',
      clientSince: '2020-01-01',
    })
  ).body.id;
  const clientLoss = (
    await owner.post(`/api/v1/organizations/${lostClient}/losses`, {
      lostOn: '2024-05-01',
      reasonId: lostReason,
    })
  ).body.id;
  const complaint = (
    await owner.post(`/api/v1/organizations/${organization}/complaints`, { subject: 'Matrix' })
  ).body.id;
  const surveyRequest = (
    await owner.post(`/api/v1/organizations/${organization}/survey-requests`, {
      contactId: contact,
    })
  ).body.request.id;
  const invitation = (
    await owner.post('/api/v1/invitations', {
      email: `inv${Math.random()}@example.nl`,
      name: 'Invitee',
      role: 'viewer',
    })
  ).body.invitation.id;
  const marketingSpend = (
    await owner.post('/api/v1/marketing-spend', {
      spentOn: '2026-03-02',
      layer: 'independentSources',
      description: 'Artikel',
    })
  ).body.id;
  return {
    organization,
    contact,
    invitation,
    user: '',
    criterion,
    scheme,
    goal,
    activity,
    proposal,
    callBack,
    gift,
    evaluation: evaluation.id,
    improvementPlan: evaluation.improvementPlan.id,
    acuteSignal,
    clientLoss,
    lostReason,
    complaint,
    marketingSpend,
    surveyRequest,
  };
}

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  const document = (await new Client(app).get('/api/openapi.json')).body as {
    paths: Record<string, Record<string, { 'x-permission': Permission | 'public' }>>;
  };
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path: path.replace(/^\/api\/v1/, ''),
      permission: operation['x-permission'],
    })),
  );

  const firmA = await newFirm(app, 'Firm A');
  clients.set('owner', firmA.owner);
  emails.set('owner', firmA.email);
  for (const role of roles.filter((r) => r !== 'owner')) {
    const { client, user } = await newUser(app, database, firmA.workspaceId, role);
    clients.set(role, client);
    emails.set(role, user.email);
  }
  const subject = await newUser(app, database, firmA.workspaceId, 'professional');
  own = { ...(await recordsOf(firmA.owner)), user: subject.user.id };
  bodies['PUT /organizations/{id}/category-override'] = {
    schemeId: own.scheme,
    category: 'A',
    reason: 'matrix',
  };
  bodies['PUT /organizations/{id}/scores/{criterionId}'] = { score: 1 };
  bodies['POST /organizations/{id}/gifts'] = {
    contactId: own.contact,
    status: 'planned',
    onDate: '2030-12-20',
    occasion: 'christmas',
    description: 'Matrix planned gift',
    valueCents: 2_500,
  };
  bodies['POST /organizations/{id}/losses'] = { lostOn: '2024-06-01', reasonId: own.lostReason };
  bodies['POST /organizations/{id}/survey-requests'] = { contactId: own.contact };
  bodies['POST /organizations/{id}/evaluations'] = {
    contactId: own.contact,
    method: 'written',
    overall: 9,
  };
  subjectToken = (await subject.client.post('/api/v1/tokens', { name: 'subject' })).body.token.id;
  for (const role of roles)
    tokenOf.set(
      role,
      (await clients.get(role)!.post('/api/v1/tokens', { name: role })).body.token.id,
    );

  const firmB = await newFirm(app, 'Firm B');
  const bUser = await newUser(app, database, firmB.workspaceId, 'professional');
  foreign = {
    ...(await recordsOf(firmB.owner)),
    user: bUser.user.id,
    token: (await bUser.client.post('/api/v1/tokens', { name: 'b' })).body.token.id,
    otherUsersToken: '',
  };
});
afterAll(async () => database.close());

function idFor(path: string, target: Target, role: Role): string {
  const records =
    target === 'otherWorkspace' ? foreign : { ...own, token: '', otherUsersToken: '' };
  if (path.startsWith('/tokens/'))
    return target === 'own'
      ? tokenOf.get(role)!
      : target === 'otherUser'
        ? subjectToken
        : foreign.token;
  if (path.startsWith('/organizations/') || path.startsWith('/audit/')) return records.organization;
  if (path.startsWith('/contacts/')) return records.contact;
  if (path.startsWith('/users/')) return records.user;
  if (path.startsWith('/invitations/')) return records.invitation;
  if (path.startsWith('/criteria/')) return records.criterion;
  if (path.startsWith('/category-schemes/')) return records.scheme;
  if (path.startsWith('/goals/')) return records.goal;
  if (path.startsWith('/activities/')) return records.activity;
  if (path.startsWith('/proposals/')) return records.proposal;
  if (path.startsWith('/call-backs/')) return records.callBack;
  if (path.startsWith('/gifts/')) return records.gift;
  if (path.startsWith('/evaluations/')) return records.evaluation;
  if (path.startsWith('/improvement-plans/')) return records.improvementPlan;
  if (path.startsWith('/acute-signals/')) return records.acuteSignal;
  if (path.startsWith('/client-losses/')) return records.clientLoss;
  if (path.startsWith('/lost-reasons/')) return records.lostReason;
  if (path.startsWith('/complaints/')) return records.complaint;
  if (path.startsWith('/marketing-spend/')) return records.marketingSpend;
  if (path.startsWith('/survey-requests/')) return records.surveyRequest;
  throw new Error(`no record kind for ${path}`);
}

const bodies: Record<string, unknown> = {
  'POST /organizations': { name: 'Matrix new' },
  'PATCH /organizations/{id}': { notes: 'matrix' },
  'POST /organizations/{id}/contacts': { firstName: 'New', lastName: 'Contact' },
  'PATCH /contacts/{id}': { jobTitle: 'Matrix' },
  'POST /contacts/{id}/end': { activeTo: '2030-01-01' },
  'POST /organizations/{id}/contacts/vcard':
    'BEGIN:VCARD\r\nVERSION:4.0\r\nN:Card;Matrix;;;\r\nFN:Matrix Card\r\nEND:VCARD\r\n',
  'PATCH /users/{id}': { name: 'Subject' },
  'POST /invitations': { email: 'matrix-invite@example.nl', name: 'Invitee', role: 'viewer' },
  'PATCH /workspace': { name: 'Firm A' },
  'PATCH /me': { name: 'Me' },
  'POST /me/password': { currentPassword: testPassword, newPassword: testPassword },
  'POST /tokens': { name: 'matrix' },
  'POST /organizations/{id}/decisions': { year: 2024, decision: 'maintain' },
  'PUT /plan/{year}': { existingGrowthCents: 0, newClientsCents: 0, expectedLossCents: 0 },
  'PUT /acquisition/{year}': { hours: 1, hourlyRateCents: 10_000, moneyCents: 0 },
  'PUT /prospect-profile': {
    sector: { active: true, values: ['Bouw'] },
    sizeClass: { active: false, values: [] },
    region: { active: true, values: [] },
    services: { active: true, values: ['audit'] },
  },
  'POST /category-schemes/{id}/goals': {
    categoryKey: 'S',
    kind: 'custom',
    name: 'Matrix',
    target: 1,
  },
  'PATCH /goals/{id}': { target: 9500 },
  'PUT /organizations/{id}/value-tags': { tags: ['influence'] },
  'POST /organizations/{id}/activities': {
    type: 'visit',
    status: 'planned',
    onDate: '2030-01-01',
    subject: 'Matrix visit',
  },
  'PATCH /activities/{id}': { notes: 'matrix' },
  'PUT /activities/{id}/contacts/{contactId}/response': { response: 'accepted' },
  'PUT /category-schemes/{id}/service-concepts/{category}': {
    personalContactIntervalDays: 60,
    callBack: 'sameWorkingDay',
    proposalTurnaroundWorkingDays: 2,
    mailing: true,
    giftPolicy: 'yearlyPersonalGift',
    evaluationAfterEachAssignment: false,
    yearlyEvaluationConversation: true,
    accountPlanRequired: false,
    yearlyRevenueForecast: true,
    secondProfessionalPerAssignment: false,
    minimumPersonalContactsPerYear: 2,
    ownNorms: '',
  },
  'POST /category-schemes/{id}/service-concepts/preset': { preset: 'freelancerAbc' },
  'POST /organizations/{id}/proposals': { title: 'Matrix proposal' },
  'PATCH /proposals/{id}': { valueCents: 100 },
  'POST /organizations/{id}/call-backs': { callerName: 'Matrix caller' },
  'PATCH /call-backs/{id}': { note: 'matrix' },
  'PUT /me/weekly-digest': { enabled: true },
  'PUT /organizations/{id}/account-team': { members: [] },
  'PATCH /gifts/{id}': { notes: 'matrix' },
  'PATCH /evaluations/{id}': { comments: 'matrix' },
  'PATCH /improvement-plans/{id}': { what: 'matrix' },
  'POST /organizations/{id}/acute-signals': { kind: 'objectsToInvoices' },
  'POST /organizations/{id}/signal-dismissals': { kind: 'asksRatesAgain', reason: 'matrix' },
  'PATCH /early-warning/weights': { weights: { creditNotes: 10 } },
  'POST /lost-reasons': { name: 'Matrix reason' },
  'PATCH /lost-reasons/{id}': { hidden: false },
  'PATCH /client-losses/{id}': { text: 'matrix' },
  'POST /client-losses/{id}/win-back': { wonBackOn: '2030-01-01' },
  'PUT /category-schemes/{id}/win-back-policies/{category}': {
    actor: 'relationshipManager',
    userId: null,
    steps: [],
  },
  'POST /organizations/{id}/complaints': { subject: 'Matrix complaint' },
  'PATCH /complaints/{id}': { status: 'acknowledged' },
};

const everyone: Role[] = ['owner', 'partner', 'manager', 'professional', 'viewer'];
const writers: Role[] = ['owner', 'partner', 'manager', 'professional'];
const archivers: Role[] = ['owner', 'partner', 'manager'];
const ownerOnly: Role[] = ['owner'];
const categoryManagers: Role[] = ['owner', 'partner', 'manager'];

/** The matrix itself, written out: who may call which route on a record of their own firm. */
const allowedRoles: Record<string, Role[] | 'public'> = {
  'GET /health': 'public',
  'GET /setup': 'public',
  'POST /setup': 'public',
  'POST /session': 'public',
  'POST /invitations/accept': 'public',
  'GET /session': everyone,
  'DELETE /session': everyone,
  'PATCH /me': everyone,
  'POST /me/password': everyone,
  'GET /workspace': everyone,
  'PATCH /workspace': ownerOnly,
  'GET /users': everyone,
  'GET /users/{id}': everyone,
  'PATCH /users/{id}': ownerOnly,
  'POST /users/{id}/end-sessions': ownerOnly,
  'GET /invitations': ownerOnly,
  'POST /invitations': ownerOnly,
  'DELETE /invitations/{id}': ownerOnly,
  'GET /tokens': everyone,
  'POST /tokens': everyone,
  'DELETE /tokens/{id}': everyone,
  'GET /organizations': everyone,
  'POST /organizations': writers,
  'GET /organizations/{id}': everyone,
  'PATCH /organizations/{id}': writers,
  'POST /organizations/{id}/archive': archivers,
  'POST /organizations/{id}/restore': archivers,
  'GET /organizations/{id}/contacts': everyone,
  'POST /organizations/{id}/contacts': writers,
  'GET /contacts': everyone,
  'GET /organizations/{id}/figures': everyone,
  'GET /contacts/{id}': everyone,
  'PATCH /contacts/{id}': writers,
  'POST /contacts/{id}/end': writers,
  'GET /organizations/{id}/contacts.vcf': everyone,
  'GET /contacts.vcf': everyone,
  'POST /organizations/{id}/contacts/vcard': writers,
  'GET /audit/{entityType}/{id}': everyone,
  'GET /portfolio/years': everyone,
  'GET /portfolio': everyone,
  'GET /portfolio/bridge': everyone,
  'POST /imports/revenue/check': writers,
  'POST /imports/revenue': writers,
  'POST /imports/assignments/check': writers,
  'POST /imports/assignments': writers,
  'GET /portfolio/trend': everyone,
  'GET /portfolio/matrix': everyone,
  'GET /portfolio/matrix/moves': everyone,
  'GET /review': everyone,
  'GET /organizations/{id}/decisions': everyone,
  'POST /organizations/{id}/decisions': writers,
  'GET /plan': everyone,
  'PUT /plan/{year}': ownerOnly,
  'GET /acquisition': everyone,
  'PUT /acquisition/{year}': ownerOnly,
  'GET /criteria': everyone,
  'POST /criteria': categoryManagers,
  'PATCH /criteria/{id}': categoryManagers,
  'DELETE /criteria/{id}': categoryManagers,
  'POST /criteria/preset': categoryManagers,
  'PUT /criteria/order': categoryManagers,
  'GET /category-schemes': everyone,
  'POST /category-schemes': categoryManagers,
  'GET /category-schemes/{id}': everyone,
  'PATCH /category-schemes/{id}': categoryManagers,
  'DELETE /category-schemes/{id}': categoryManagers,
  'POST /category-schemes/{id}/primary': categoryManagers,
  'GET /category-schemes/{id}/classifications': everyone,
  'GET /category-schemes/{id}/goals': everyone,
  'POST /category-schemes/{id}/goals': categoryManagers,
  'GET /category-schemes/{id}/goals/progress': everyone,
  'PATCH /goals/{id}': categoryManagers,
  'DELETE /goals/{id}': categoryManagers,
  'GET /scoring-matrix': everyone,
  'POST /classifications/preview': everyone,
  'POST /classifications': categoryManagers,
  'GET /organizations/{id}/scores': everyone,
  'PUT /organizations/{id}/scores/{criterionId}': writers,
  'GET /organizations/{id}/category-explanation': everyone,
  'GET /organizations/{id}/categories': everyone,
  'PUT /organizations/{id}/category-override': categoryManagers,
  'DELETE /organizations/{id}/category-override': categoryManagers,
  'GET /organizations/{id}/value-tags': everyone,
  'PUT /organizations/{id}/value-tags': writers,
  'GET /value-tags': everyone,
  'GET /organizations/{id}/activities': everyone,
  'POST /organizations/{id}/activities': writers,
  'GET /activities/{id}': everyone,
  'PATCH /activities/{id}': writers,
  'PUT /activities/{id}/contacts/{contactId}/response': writers,
  'DELETE /activities/{id}': writers,
  'GET /organizations/{id}/four-ps': everyone,
  'GET /category-schemes/{id}/service-concepts': everyone,
  'PUT /category-schemes/{id}/service-concepts/{category}': categoryManagers,
  'DELETE /category-schemes/{id}/service-concepts/{category}': categoryManagers,
  'POST /category-schemes/{id}/service-concepts/preset': categoryManagers,
  'GET /organizations/{id}/proposals': everyone,
  'POST /organizations/{id}/proposals': writers,
  'GET /proposals': everyone,
  'GET /proposals/{id}': everyone,
  'PATCH /proposals/{id}': writers,
  'DELETE /proposals/{id}': writers,
  'GET /organizations/{id}/call-backs': everyone,
  'POST /organizations/{id}/call-backs': writers,
  'GET /call-backs': everyone,
  'GET /call-backs/{id}': everyone,
  'PATCH /call-backs/{id}': writers,
  'DELETE /call-backs/{id}': writers,
  'GET /worklist': everyone,
  'GET /compliance': everyone,
  'GET /compliance/four-ps': everyone,
  'GET /today': everyone,
  'GET /prospect-profile': everyone,
  'PUT /prospect-profile': categoryManagers,
  'DELETE /prospect-profile': categoryManagers,
  'GET /prospects/fit': everyone,
  'GET /calendar-feed': everyone,
  'POST /calendar-feed': everyone,
  'DELETE /calendar-feed': everyone,
  'GET /calendar/{file}': 'public',
  'GET /me/weekly-digest': everyone,
  'PUT /me/weekly-digest': everyone,
  'GET /organizations/{id}/account-team': everyone,
  'PUT /organizations/{id}/account-team': writers,
  'GET /organizations/{id}/gifts': everyone,
  'POST /organizations/{id}/gifts': writers,
  'GET /gifts': everyone,
  'GET /gifts/{id}': everyone,
  'PATCH /gifts/{id}': writers,
  'DELETE /gifts/{id}': writers,
  'GET /organizations/{id}/evaluations': everyone,
  'POST /organizations/{id}/evaluations': writers,
  'GET /evaluations/{id}': everyone,
  'PATCH /evaluations/{id}': writers,
  'DELETE /evaluations/{id}': writers,
  'GET /evaluations-due': everyone,
  'GET /organizations/{id}/complaints': everyone,
  'POST /organizations/{id}/complaints': writers,
  'GET /complaints': everyone,
  'GET /complaints/report': everyone,
  'GET /complaints/{id}': everyone,
  'PATCH /complaints/{id}': writers,
  'DELETE /complaints/{id}': writers,
  'GET /improvement-plans': everyone,
  'GET /improvement-plans/{id}': everyone,
  'PATCH /improvement-plans/{id}': writers,
  'GET /ambassador-candidates': everyone,
  'GET /satisfaction': everyone,
  'GET /at-risk': everyone,
  'GET /organizations/{id}/signals': everyone,
  'POST /organizations/{id}/acute-signals': writers,
  'DELETE /acute-signals/{id}': writers,
  'POST /organizations/{id}/signal-dismissals': writers,
  'DELETE /organizations/{id}/signal-dismissals/{kind}': writers,
  'GET /early-warning/weights': everyone,
  'PATCH /early-warning/weights': ownerOnly,
  'GET /lost-reasons': everyone,
  'POST /lost-reasons': ownerOnly,
  'PATCH /lost-reasons/{id}': ownerOnly,
  'DELETE /lost-reasons/{id}': ownerOnly,
  'GET /organizations/{id}/losses': everyone,
  'POST /organizations/{id}/losses': writers,
  'GET /client-losses/{id}': everyone,
  'PATCH /client-losses/{id}': writers,
  'DELETE /client-losses/{id}': writers,
  'POST /client-losses/{id}/win-back': writers,
  'GET /lost-clients/report': everyone,
  'GET /lost-clients/bridge': everyone,
  'GET /category-schemes/{id}/win-back-policies': everyone,
  'PUT /category-schemes/{id}/win-back-policies/{category}': categoryManagers,
  'DELETE /category-schemes/{id}/win-back-policies/{category}': categoryManagers,
  'GET /ambassadors': everyone,
  'GET /referrals': everyone,
  'GET /introductions': everyone,
  'GET /marketing-pyramid': everyone,
  'POST /marketing-spend': writers,
  'GET /marketing-spend/{id}': everyone,
  'PATCH /marketing-spend/{id}': writers,
  'DELETE /marketing-spend/{id}': writers,
  'GET /organizations/{id}/survey-requests': everyone,
  'POST /organizations/{id}/survey-requests': writers,
  'GET /survey-requests': everyone,
  'POST /survey-requests/{id}/send': writers,
  'POST /survey-requests/{id}/revoke': writers,
  'GET /survey-response-rates': everyone,
  // the survey page: its personal link is its credential (survey-page.test.ts tries it)
  'GET /survey/{token}': 'public',
  'POST /survey/{token}': 'public',
};

// Public routes are the way in (sign-in, onboarding, invitations); they are tested on their own.
const skipped = new Set(['POST /setup', 'POST /session', 'POST /invitations/accept']);

// every route × every role × three targets: a few thousand requests, slow on a busy machine
describe('authorisation matrix', { timeout: 180_000 }, () => {
  it('has every route of the API in the matrix, public exactly where the matrix says', () => {
    const keys = operations.map((o) => `${o.method} ${o.path}`).sort();
    expect(keys).toEqual(Object.keys(allowedRoles).sort());
    for (const o of operations) {
      expect(o.permission === 'public', `${o.method} ${o.path}`).toBe(
        allowedRoles[`${o.method} ${o.path}`] === 'public',
      );
    }
  });

  it('refuses every non-public route without a session', async () => {
    const anonymous = new Client(app);
    for (const operation of operations.filter((o) => o.permission !== 'public')) {
      const path = operation.path
        .replace('{entityType}', 'organization')
        .replace('{year}', '2024')
        .replace('{criterionId}', own.criterion)
        .replace('{contactId}', own.contact)
        .replace('{category}', 'S')
        .replace('{kind}', 'creditNotes')
        .replace('{id}', own.organization);
      const answer = await anonymous.request(
        operation.method,
        `/api/v1${path}`,
        bodies[`${operation.method} ${operation.path}`],
      );
      expect(answer.status, `${operation.method} ${operation.path}`).toBe(401);
    }
  });

  it('allows nothing unexpected for any role on own, other users’ and other firms’ records', async () => {
    const unexpected: string[] = [];
    let checked = 0;
    for (const operation of operations) {
      const key = `${operation.method} ${operation.path}`;
      if (operation.permission === 'public' || skipped.has(key)) continue;
      const targets: Target[] = !operation.path.includes('{id}')
        ? ['own']
        : operation.path.startsWith('/tokens/')
          ? ['own', 'otherUser', 'otherWorkspace']
          : ['own', 'otherWorkspace'];
      for (const role of [...roles].reverse()) {
        for (const target of targets) {
          const client = clients.get(role)!;
          const path = operation.path
            .replace('{entityType}', 'organization')
            .replace('{year}', '2024')
            .replace('{category}', 'S')
            .replace('{kind}', 'creditNotes')
            .replace(
              '{criterionId}',
              target === 'otherWorkspace' ? foreign.criterion : own.criterion,
            )
            .replace('{contactId}', target === 'otherWorkspace' ? foreign.contact : own.contact)
            .replace(
              '{id}',
              operation.path.includes('{id}') ? idFor(operation.path, target, role) : '',
            );
          const answer = await client.request(
            operation.method,
            `/api/v1${path}`,
            bodies[key] ??
              (operation.method === 'GET' || operation.method === 'DELETE' ? undefined : {}),
          );
          checked++;
          const expectedRoles = allowedRoles[key];
          const granted = Array.isArray(expectedRoles) && expectedRoles.includes(role);
          const allowed = answer.status < 300;
          const expectedAllowed = granted && target === 'own';
          if (allowed && !expectedAllowed)
            unexpected.push(`${role} ${target}: ${key} → ${answer.status}`);
          if (!granted && answer.status !== 403)
            unexpected.push(`${role} ${target}: ${key} → ${answer.status}, expected 403`);
          if (granted && target !== 'own' && answer.status !== 404)
            unexpected.push(`${role} ${target}: ${key} → ${answer.status}, expected 404`);
          if (expectedAllowed && (answer.status === 401 || answer.status === 403))
            unexpected.push(`${role} own: ${key} refused (${answer.status})`);
          if (key === 'DELETE /session') {
            // signing out ends this client's session: sign in again for the next routes
            const fresh = new Client(app);
            await fresh.post('/api/v1/session', {
              email: emails.get(role),
              password: testPassword,
            });
            clients.set(role, fresh);
          }
        }
      }
    }
    expect(unexpected).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });
});
