// What the demo firm's servicing is made of: the rows it inserts, the clients and the day it is
// made for.
import type { ServiceConcept } from '../core/servicing/service-concept.ts';
import type {
  activities,
  activityContacts,
  activityProfessionals,
  callBacks,
  gifts,
  proposals,
} from '../db/schema.ts';

export type ActivityRow = typeof activities.$inferSelect;
export type ActivityContactRow = typeof activityContacts.$inferSelect;
export type ActivityProfessionalRow = typeof activityProfessionals.$inferSelect;
export type ProposalRow = typeof proposals.$inferSelect;
export type CallBackRow = typeof callBacks.$inferSelect;
export type GiftRow = typeof gifts.$inferSelect;

export type ServicingRows = {
  activities: ActivityRow[];
  activityContacts: ActivityContactRow[];
  activityProfessionals: ActivityProfessionalRow[];
  proposals: ProposalRow[];
  callBacks: CallBackRow[];
  gifts: GiftRow[];
};

export const noServicing = (): ServicingRows => ({
  activities: [],
  activityContacts: [],
  activityProfessionals: [],
  proposals: [],
  callBacks: [],
  gifts: [],
});

/** A client (or prospect) as the servicing sees it. */
export type ServicingClient = {
  id: string;
  status: 'client' | 'prospect';
  relationshipManagerId: string;
  secondProfessionalId: string | null;
  clientSince: string | null;
  relationLevel: string | null;
  /** Contact persons still there, the decider first. */
  contactIds: readonly string[];
  /** Its category in the primary scheme: the key, its place (0 the best) and its norms. */
  category: { key: string; rank: number; concept: ServiceConcept } | null;
};

export type ServicingContext = {
  seed: number;
  workspaceId: string;
  /** The day the demo is loaded (a day number): done lies before it, planned after. */
  today: number;
  /** The month the firm's fiscal year starts in (1–12). */
  fiscalYearStartMonth: number;
};

/** How the demo user's own clients are served: their worklist is set, not left to chance. */
export type ClientScript = {
  /** Days since the last personal contact; left out: within the interval, drawn. */
  lastContactDaysAgo?: number;
};
