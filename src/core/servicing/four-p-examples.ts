// The method's example activities of each P (method.md §6), and the examples the service-concept
// issue names, with the P they belong to. "Advising unasked" appears under project and under
// partnership in the method: decision 0013 splits it by what the advice is about.
import type { FourP } from './four-ps.ts';

/** The examples, grouped by P in the advised order; keys the web translates. */
export const fourPExamples = {
  // project: exceed expectations in the assignment itself
  finishSoonerThanAgreed: 'project',
  noChargeForMeetingBeforeAssignment: 'project',
  giveGuarantees: 'project',
  guaranteeDeliveryDate: 'project',
  tailorMadeWithoutChargingAllExtraCost: 'project',
  evaluateProjectOrallyFree: 'project',
  /** Advice beyond what was asked, about the assignment at hand: a satisfier in running work. */
  adviseUnaskedOnAssignment: 'project',
  // person: attention and appreciation for the principal
  congratulate: 'person',
  congratulateOnAnniversary: 'person',
  thank: 'person',
  compliment: 'person',
  inviteToPresentation: 'person',
  introduceToValuableContacts: 'person',
  giveGift: 'person',
  // process: the ties between the two organisations
  noShockingInvoices: 'process',
  explainInvoiceBeforeSending: 'process',
  preventUnjustifiedReminders: 'process',
  optimalReachability: 'process',
  secondProfessionalPerAssignment: 'process',
  fastProposals: 'process',
  fastReplies: 'process',
  reliability: 'process',
  understandableInvoices: 'process',
  morePeopleInContact: 'process',
  satisfactionResearch: 'process',
  // partnership: the business success and continuity of the client's organisation
  listenAtBoardLevel: 'partnership',
  developNewServiceTogether: 'partnership',
  shareRisksAndInvestments: 'partnership',
  getToKnowEachOthersOrganisation: 'partnership',
  communicateJointlyAboutResults: 'partnership',
  helpDevelopClientsBusiness: 'partnership',
  /** Advice beyond what was asked, about the client's business beyond the assignment. */
  adviseUnaskedOnBusiness: 'partnership',
} as const satisfies Record<string, FourP>;
export type FourPExampleKey = keyof typeof fourPExamples;

/** The examples of one P, in the order of the table. */
export function examplesOf(p: FourP): FourPExampleKey[] {
  return (Object.keys(fourPExamples) as FourPExampleKey[]).filter(
    (key) => fourPExamples[key] === p,
  );
}
