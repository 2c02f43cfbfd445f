// Every signal of one client from the facts the product keeps of it, at the firm's today.
import { acuteSignals, type RecordedSignal } from './acute-signals.ts';
import {
  contactPersonsChanged,
  creditNotes,
  evaluationsBelowNorm,
  evaluationsFalling,
  mainContactLeft,
  orderingRhythmBroken,
  personalContactLow,
  revenueDeclining,
} from './derived-signals.ts';
import type { Signal } from './signal.ts';

export type ClientFacts = {
  /** Revenue and credit notes per fiscal year (client_years). */
  years: readonly {
    fiscalYear: number;
    revenueCents: number;
    creditNotes: number;
    creditCents: number;
  }[];
  /** The fiscal year today falls in. */
  currentYear: number;
  /** The days it ordered: invoice dates and starts of assignments. */
  orderDays: readonly string[];
  contacts: readonly {
    id: string;
    name: string;
    dmuRole: string | null;
    activeTo: string | null;
  }[];
  lastPersonalContact: string | null;
  /** Since when it is a client, for personal contact when it was never seen. */
  since: string;
  /** The interval of its category's service concept; null: none. */
  contactNormDays: number | null;
  evaluations: readonly { on: string; overall: number }[];
  satisfactionNorm: number;
  recorded: readonly RecordedSignal[];
  // Open or repeated complaints go here once the complaints register keeps them.
};

export function clientSignals(facts: ClientFacts, today: string): Signal[] {
  const derived = [
    revenueDeclining({ years: facts.years, currentYear: facts.currentYear }),
    orderingRhythmBroken({ orderDays: facts.orderDays, today }),
    contactPersonsChanged({ contacts: facts.contacts, today }),
    mainContactLeft({ contacts: facts.contacts, today }),
    personalContactLow({
      lastContact: facts.lastPersonalContact,
      since: facts.since,
      normDays: facts.contactNormDays,
      today,
    }),
    creditNotes({ years: facts.years, currentYear: facts.currentYear }),
    evaluationsBelowNorm({ evaluations: facts.evaluations, norm: facts.satisfactionNorm, today }),
    evaluationsFalling({ evaluations: facts.evaluations, today }),
  ];
  return [...acuteSignals(facts.recorded, today), ...derived.filter((s) => s !== null)];
}
