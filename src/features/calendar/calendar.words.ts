// The words the calendar feed and the weekly digest use for a professional's worklist, in their
// own language (users.locale): these texts leave the app, so the web's translations do not reach them.
import type { WorklistItemKind } from '../../core/servicing/worklist.ts';

export type MailLocale = 'nl' | 'en';

export const localeOf = (value: string): MailLocale => (value === 'en' ? 'en' : 'nl');

/** How far past due an item is: in working days for a norm in working days, else in days. */
export type Lateness = { daysOverdue: number; workingDaysOverdue: number | null };

export const worklistWords: Record<
  MailLocale,
  {
    kinds: Record<WorklistItemKind, string>;
    overdue: (item: Lateness) => string;
    dueOn: (day: string) => string;
    calendarName: (name: string) => string;
    planned: string;
    /** Why nothing can come onto a worklist yet, and what to set up first (the web says it too). */
    setUpFirst: Record<'categories' | 'serviceConcepts', string>;
  }
> = {
  nl: {
    kinds: {
      callBack: 'Terugbellen',
      proposal: 'Offerte uitbrengen',
      personalContact: 'Persoonlijk contact',
      plannedActivity: 'Geplande activiteit',
      followUp: 'Opvolgen',
      evaluation: 'Opdracht evalueren',
      improvementPlan: 'Verbeterplan',
      atRisk: 'Klant met risico',
      complaint: 'Klacht opvolgen',
      thankAmbassador: 'Ambassadeur bedanken',
    },
    overdue: ({ daysOverdue: days, workingDaysOverdue: working }) =>
      working === null
        ? `${days} ${days === 1 ? 'dag' : 'dagen'} te laat`
        : `${working} ${working === 1 ? 'werkdag' : 'werkdagen'} te laat`,
    dueOn: (day) => `Uiterlijk ${formatDay(day, 'nl')}`,
    calendarName: (name) => `Klandizie – ${name}`,
    planned: 'Gepland',
    setUpFirst: {
      categories:
        'Eerst je klanten indelen: nog geen enkele klant heeft een categorie, dus komt er niemand ' +
        'op de werklijst. Scoor je klanten in de scoringsmatrix en leg de indeling vast.',
      serviceConcepts:
        'Eerst je bedieningsconcepten: je kantoor heeft categorieën, maar nog geen ' +
        'bedieningsconcept. Leg per categorie vast hoe vaak je een klant persoonlijk spreekt.',
    },
  },
  en: {
    kinds: {
      callBack: 'Call back',
      proposal: 'Send proposal',
      personalContact: 'Personal contact',
      plannedActivity: 'Planned activity',
      followUp: 'Follow up',
      evaluation: 'Evaluate assignment',
      improvementPlan: 'Improvement plan',
      atRisk: 'Client at risk',
      complaint: 'Follow up complaint',
      thankAmbassador: 'Thank ambassador',
    },
    overdue: ({ daysOverdue: days, workingDaysOverdue: working }) =>
      working === null
        ? `${days} ${days === 1 ? 'day' : 'days'} overdue`
        : `${working} ${working === 1 ? 'working day' : 'working days'} overdue`,
    dueOn: (day) => `Due ${formatDay(day, 'en')}`,
    calendarName: (name) => `Klandizie – ${name}`,
    planned: 'Planned',
    setUpFirst: {
      categories:
        'First, put your clients into categories: no client has a category yet, so nobody comes ' +
        'onto the worklist. Score your clients in the scoring matrix and commit the classification.',
      serviceConcepts:
        'First, your service concepts: your firm has categories but no service concept yet. Set ' +
        'per category how often you speak to a client in person.',
    },
  },
};

/** A calendar day as people read it: "ma 23 nov 2026", "Mon 23 Nov 2026". */
export function formatDay(isoDate: string, locale: MailLocale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}
