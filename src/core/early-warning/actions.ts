// What to do about a signal: one of the four P's (method §6) with a concrete first step. The
// method's order is project → person → process → partnership: repair the work before the gifts.
import type { FourP } from '../servicing/four-ps.ts';
import type { SignalKind } from './signal.ts';
import type { Language } from './words.ts';

export type SuggestedAction = { p: FourP; words: Record<Language, string> };

export const suggestedActions: Record<SignalKind, SuggestedAction> = {
  threatensToLeave: {
    p: 'partnership',
    words: {
      nl: 'Plan binnen een week een gesprek op directieniveau: vraag wat er mis is en wat de klant nodig heeft',
      en: 'Meet at board level within a week: ask what is wrong and what the client needs',
    },
  },
  asksRatesAgain: {
    p: 'project',
    words: {
      nl: 'Laat zien wat het werk oplevert: bespreek resultaten en wat je ongevraagd extra doet',
      en: 'Show what the work yields: discuss results and what you do beyond what was asked',
    },
  },
  asksNewQuoteForRepeatWork: {
    p: 'project',
    words: {
      nl: 'Stuur de offerte snel en bel om te horen waarom de klant vergelijkt',
      en: 'Send the quote quickly and call to hear why the client is comparing',
    },
  },
  asksOtherContactPerson: {
    p: 'person',
    words: {
      nl: 'Bespreek de samenwerking persoonlijk en stel samen met de klant een nieuwe contactpersoon voor',
      en: 'Talk about the working relationship in person and propose a new contact person together',
    },
  },
  objectsToInvoices: {
    p: 'process',
    words: {
      nl: 'Loop de facturen met de klant door en stuur voortaan geen factuur die schrikt',
      en: 'Go through the invoices with the client, and from now on send no invoice that shocks',
    },
  },
  seriousComplaint: {
    p: 'project',
    words: {
      nl: 'Los de klacht op met een plan en een datum, en bel na afloop of het goed is',
      en: 'Resolve the complaint with a plan and a date, and call afterwards to check it is right',
    },
  },
  revenueDeclining: {
    p: 'partnership',
    words: {
      nl: 'Maak samen met de klant een omzetprognose en vraag naar hun plannen voor volgend jaar',
      en: 'Make a revenue forecast with the client and ask about their plans for next year',
    },
  },
  orderingRhythmBroken: {
    p: 'process',
    words: {
      nl: 'Bel de klant nu: de verwachte opdracht is niet gekomen',
      en: 'Call the client now: the expected order has not come',
    },
  },
  contactPersonsChanged: {
    p: 'process',
    words: {
      nl: 'Breng de nieuwe contactpersonen in kaart en stel je aan hen voor',
      en: 'Map the new contact persons and introduce yourself to them',
    },
  },
  mainContactLeft: {
    p: 'person',
    words: {
      nl: 'Maak kennis met de opvolger van de beslisser, persoonlijk',
      en: "Meet the decider's successor in person",
    },
  },
  personalContactLow: {
    p: 'person',
    words: {
      nl: 'Bezoek of bel de opdrachtgever, zonder agenda',
      en: 'Visit or call the principal, with no agenda',
    },
  },
  creditNotes: {
    p: 'process',
    words: {
      nl: 'Bespreek waarom er gecrediteerd werd en maak facturen begrijpelijk',
      en: 'Discuss why credit notes were needed and make the invoices understandable',
    },
  },
  evaluationsBelowNorm: {
    p: 'project',
    words: {
      nl: 'Maak met de klant een verbeterplan en evalueer het volgende project persoonlijk',
      en: 'Draw up an improvement plan with the client and evaluate the next project in person',
    },
  },
  evaluationsFalling: {
    p: 'project',
    words: {
      nl: 'Vraag door op de laatste beoordeling: wat ging er minder goed?',
      en: 'Ask about the latest rating: what went less well?',
    },
  },
};

/** The action for the client's weightiest signal (the first by weight, then by the list). */
export function suggestedActionFor<T extends { kind: SignalKind; weight: number }>(
  signals: readonly T[],
): SuggestedAction | null {
  const first = [...signals].sort((a, b) => b.weight - a.weight)[0];
  return first ? suggestedActions[first.kind] : null;
}
