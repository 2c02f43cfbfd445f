// A client as compliance judges it, under the freelancer's A/B/C concepts in 2025: an A-client
// seen recently, with six personal contacts, no requests and no duties done; a test changes
// what it is about.
import type {
  ClientComplianceInput,
  CompliancePeriod,
} from '../../src/core/servicing/client-compliance.ts';
import type { ServiceConcept } from '../../src/core/servicing/service-concept.ts';
import { presetServiceConcepts } from '../../src/core/servicing/service-presets.ts';

export const [conceptA, conceptB, conceptC] = presetServiceConcepts('freelancerAbc') as [
  ServiceConcept,
  ServiceConcept,
  ServiceConcept,
];

export const year2025: CompliancePeriod = {
  from: '2025-01-01',
  to: '2025-12-31',
  today: '2025-12-01',
};

export const noDuties = {
  revenueForecast: false,
  evaluationConversation: false,
  accountPlan: false,
  mailing: false,
  giftOrGreeting: false,
};

export const complianceClient = (
  overrides: Partial<ClientComplianceInput> = {},
): ClientComplianceInput => ({
  concept: conceptA,
  since: '2020-01-01',
  lastPersonalContact: '2025-11-20',
  personalContactsInPeriod: 6,
  callBacks: [],
  proposals: [],
  dutiesDone: noDuties,
  ...overrides,
});
