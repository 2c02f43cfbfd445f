// Servicing clients, method.md §5, §6 and §14: working days, service concepts per category, the
// four P's, compliance with the norms, the worklist and gift checks. Pure functions over plain
// data; every day is a YYYY-MM-DD date and "today" is always passed in.
export {
  addCalendarDays,
  calendarDaysBetween,
  dayNumberOf,
  isoDateOfDayNumber,
  sameDayYearEarlier,
  weekdayOf,
} from './calendar-days.ts';
export type { IsoWeekday } from './calendar-days.ts';
export {
  clientCompliance,
  expectedContactsByNow,
  isClientDuring,
  yearlyDutiesAsked,
} from './client-compliance.ts';
export type {
  ClientCompliance,
  ClientComplianceInput,
  CompliancePeriod,
  ComplianceShortfall,
  PeriodRequest,
} from './client-compliance.ts';
export { addClient, addRequests, finishedRollup, runningRollup } from './compliance-rollup.ts';
export type { ComplianceRollup, RunningRollup } from './compliance-rollup.ts';
export { complianceSummary } from './compliance-summary.ts';
export type { ComplianceSummary } from './compliance-summary.ts';
export {
  defaultHolidayCalendar,
  dutchHolidayKeys,
  dutchPublicHolidays,
  holidayCalendarProblems,
  holidaysOff,
  liberationDayRules,
} from './dutch-holidays.ts';
export type {
  DutchHolidayKey,
  HolidayCalendar,
  HolidayCalendarProblemCode,
  LiberationDayRule,
  PublicHoliday,
} from './dutch-holidays.ts';
export { easterSunday } from './easter.ts';
export { examplesOf, fourPExamples } from './four-p-examples.ts';
export type { FourPExampleKey } from './four-p-examples.ts';
export {
  activityTypes,
  fourPBalance,
  fourPBalanceOfCounts,
  fourPs,
  suggestedP,
} from './four-ps.ts';
export type { ActivityType, FourP, FourPBalance } from './four-ps.ts';
export {
  defaultRecentGiftDays,
  giftChecklist,
  giftOccasions,
  giftRequirementKeys,
  giftWarnings,
} from './gifts.ts';
export type {
  GiftChecklistItem,
  GiftRequirementKey,
  GiftWarning,
  GiftWarningCode,
  RegisteredGift,
} from './gifts.ts';
export {
  isPersonalContact,
  personalContactCheck,
  personalContactsInPeriod,
  personalContactTypes,
} from './personal-contact.ts';
export type { ContactCheck, ContactCount, ContactStatus } from './personal-contact.ts';
export { relationshipDirection } from './relationship-direction.ts';
export type { DirectorRole, RelationshipDirection } from './relationship-direction.ts';
export { callBackCheck, callBackDeadline, checkRequest, proposalCheck } from './request-norms.ts';
export type { RequestCheck, RequestInput, RequestStatus } from './request-norms.ts';
export {
  callBackNorms,
  defaultMinimumPersonalContacts,
  defaultServiceConcept,
  giftPolicies,
  serviceConceptFor,
  serviceConceptLimits,
  serviceConceptProblems,
} from './service-concept.ts';
export type {
  CallBackNorm,
  GiftPolicy,
  ServiceConcept,
  ServiceConceptProblemCode,
} from './service-concept.ts';
export { acquisitionAngles, checkProposal, inStage, proposalStages } from './proposal-stages.ts';
export type { AcquisitionAngle, ProposalDates, ProposalStage } from './proposal-stages.ts';
export {
  presetServiceCategoryKeys,
  presetServiceConcepts,
  serviceConceptPresetKeys,
} from './service-presets.ts';
export type { ServiceConceptPresetKey } from './service-presets.ts';
export {
  addWorkingDays,
  firstWorkingDayFrom,
  isWorkingDay,
  nextWorkingDayDeadline,
  sameWorkingDayDeadline,
  workingDayDeadline,
  workingDaysBetween,
  workingDaysLate,
  workingDaysTaken,
} from './working-days.ts';
export { worklist, worklistItemKinds } from './worklist.ts';
export type { WorklistClient, WorklistInput, WorklistItem, WorklistItemKind } from './worklist.ts';
export { checkedDutyKeys, yearlyDutyChecks, yearlyDutyKeys } from './yearly-duties.ts';
export type {
  RecordedDutyKey,
  YearlyDutiesDone,
  YearlyDutyCheck,
  YearlyDutyKey,
} from './yearly-duties.ts';
