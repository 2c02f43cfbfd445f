// The words of every signal, in Dutch and English, from its evidence: the one formatter the web
// page, the API and the command line all show ("omzet 2025 € 78.000, 35% lager dan 2024").
import type { Signal } from './signal.ts';

export type Language = 'nl' | 'en';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Whole euros as the language writes them: "€ 78.000" in Dutch, "€78,000" in English. */
export function euros(cents: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  })
    .format(Math.round(cents / 100))
    .replace(/\u00a0/g, ' ');
}

const plural = (count: number, one: string, more: string) => (count === 1 ? one : more);

/** A recorded acute signal: what was heard, when, and the note. */
function heard(what: string, e: { recordedOn: string; note: string | null }, on: string) {
  return `${what} (${on} ${e.recordedOn})${e.note ? `: ${e.note}` : ''}`;
}

export function signalWords(signal: Signal, language: Language): string {
  return language === 'nl' ? dutch(signal) : english(signal);
}

function dutch(signal: Signal): string {
  const money = (cents: number) => euros(cents, 'nl');
  switch (signal.kind) {
    case 'threatensToLeave':
      return heard('dreigt te vertrekken', signal.evidence, 'vastgelegd op');
    case 'asksRatesAgain':
      return heard('vraagt opnieuw naar de tarieven', signal.evidence, 'vastgelegd op');
    case 'asksNewQuoteForRepeatWork':
      return heard('vraagt een nieuwe offerte voor herhaalwerk', signal.evidence, 'vastgelegd op');
    case 'asksOtherContactPerson':
      return heard('vraagt om een andere contactpersoon', signal.evidence, 'vastgelegd op');
    case 'objectsToInvoices':
      return heard('maakt bezwaar tegen facturen', signal.evidence, 'vastgelegd op');
    case 'seriousComplaint':
      return heard('ernstige klacht', signal.evidence, 'vastgelegd op');
    case 'revenueDeclining': {
      const e = signal.evidence;
      return `omzet ${e.year} ${money(e.revenueCents)}, ${e.dropPercent}% lager dan ${e.previousYear} (${money(e.previousRevenueCents)})`;
    }
    case 'orderingRhythmBroken': {
      const e = signal.evidence;
      return `bestelt gewoonlijk elke ${e.usualIntervalDays} dagen; volgende verwacht op ${e.expectedOn}, ${e.daysLate} dagen te laat (laatste ${e.lastOrder})`;
    }
    case 'contactPersonsChanged': {
      const e = signal.evidence;
      return `${e.left} contactpersonen vertrokken sinds ${e.sinceDate}`;
    }
    case 'mainContactLeft': {
      const e = signal.evidence;
      return `de beslisser ${e.name} is vertrokken op ${e.leftOn}`;
    }
    case 'personalContactLow': {
      const e = signal.evidence;
      return e.lastContact === null
        ? `nog nooit persoonlijk contact, ${e.daysWithout} dagen klant, norm ${e.normDays}`
        : `al ${e.daysWithout} dagen geen persoonlijk contact, norm ${e.normDays}`;
    }
    case 'creditNotes': {
      const e = signal.evidence;
      return `${e.count} creditnota's in ${e.fromYear}–${e.toYear}, ${money(e.creditCents)} gecrediteerd`;
    }
    case 'evaluationsBelowNorm': {
      const e = signal.evidence;
      return `${e.count} keer beoordeeld onder de norm van ${e.norm} sinds ${e.sinceDate}, laagste ${e.lowest}`;
    }
    case 'evaluationsFalling': {
      const e = signal.evidence;
      return `beoordeling gedaald van ${e.previous} (${e.previousOn}) naar ${e.latest} (${e.latestOn})`;
    }
  }
}

function english(signal: Signal): string {
  const money = (cents: number) => euros(cents, 'en');
  switch (signal.kind) {
    case 'threatensToLeave':
      return heard('threatens to leave', signal.evidence, 'recorded');
    case 'asksRatesAgain':
      return heard('asks for the rates again', signal.evidence, 'recorded');
    case 'asksNewQuoteForRepeatWork':
      return heard('asks for a new quote for repeat work', signal.evidence, 'recorded');
    case 'asksOtherContactPerson':
      return heard('asks for another contact person', signal.evidence, 'recorded');
    case 'objectsToInvoices':
      return heard('objects to invoices', signal.evidence, 'recorded');
    case 'seriousComplaint':
      return heard('serious complaint', signal.evidence, 'recorded');
    case 'revenueDeclining': {
      const e = signal.evidence;
      return `revenue ${e.year} ${money(e.revenueCents)}, ${e.dropPercent}% below ${e.previousYear} (${money(e.previousRevenueCents)})`;
    }
    case 'orderingRhythmBroken': {
      const e = signal.evidence;
      return `orders about every ${e.usualIntervalDays} days; next expected on ${e.expectedOn}, ${e.daysLate} days late (last ${e.lastOrder})`;
    }
    case 'contactPersonsChanged': {
      const e = signal.evidence;
      return `${e.left} contact persons left since ${e.sinceDate}`;
    }
    case 'mainContactLeft': {
      const e = signal.evidence;
      return `the decider ${e.name} left on ${e.leftOn}`;
    }
    case 'personalContactLow': {
      const e = signal.evidence;
      return e.lastContact === null
        ? `never any personal contact, a client for ${e.daysWithout} days, norm ${e.normDays}`
        : `no personal contact for ${e.daysWithout} days, norm ${e.normDays}`;
    }
    case 'creditNotes': {
      const e = signal.evidence;
      return `${e.count} ${plural(e.count, 'credit note', 'credit notes')} in ${e.fromYear}–${e.toYear}, ${money(e.creditCents)} credited`;
    }
    case 'evaluationsBelowNorm': {
      const e = signal.evidence;
      return `rated below the norm of ${e.norm} ${e.count} times since ${e.sinceDate}, lowest ${e.lowest}`;
    }
    case 'evaluationsFalling': {
      const e = signal.evidence;
      return `rating fell from ${e.previous} (${e.previousOn}) to ${e.latest} (${e.latestOn})`;
    }
  }
}
