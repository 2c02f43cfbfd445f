// The weekly digest's text (method §14: relationship management on the agenda every week): a
// professional's worklist, overdue first and then what falls due in the coming seven days, in their language,
// as plain text and simple HTML, with links into the app when its public address is known. A firm
// without categories or service concepts can have nothing due by a norm: the digest then names
// what to set up first, as the worklist does, instead of staying silent.
import { isoWeekNumber } from '../../core/calendar/iso-week.ts';
import { setUpFirstPage, type SetUpFirst } from '../../core/servicing/set-up-first.ts';
import { worklistWords, type MailLocale } from '../calendar/calendar.service.ts';
import type { WorklistEntry } from '../worklist/worklist.service.ts';

const texts = {
  nl: {
    subject: (week: number, count: number, overdue: number) =>
      `Je werklijst voor week ${week}: ${count} ${count === 1 ? 'punt' : 'punten'}` +
      (overdue > 0 ? `, ${overdue} achterstallig` : ''),
    greeting: (name: string) => `Goedemorgen ${name},`,
    intro: 'Dit staat deze week op je werklijst, de belangrijkste klant eerst.',
    overdue: 'Achterstallig',
    comingWeek: 'De komende zeven dagen',
    open: 'Open Klandizie',
    setUpSubject: (week: number) => `Je werklijst voor week ${week}: eerst iets instellen`,
    setUpAction: {
      categories: 'Naar de scoringsmatrix',
      serviceConcepts: 'Bedieningsconcepten instellen',
    },
    footer:
      'Je ontvangt dit overzicht elke maandag. Uitzetten kan onder Instellingen → Mijn profiel.',
  },
  en: {
    subject: (week: number, count: number, overdue: number) =>
      `Your worklist for week ${week}: ${count} ${count === 1 ? 'item' : 'items'}` +
      (overdue > 0 ? `, ${overdue} overdue` : ''),
    greeting: (name: string) => `Good morning ${name},`,
    intro: 'This is on your worklist this week, most valuable client first.',
    overdue: 'Overdue',
    comingWeek: 'The coming seven days',
    open: 'Open Klandizie',
    setUpSubject: (week: number) => `Your worklist for week ${week}: something to set up first`,
    setUpAction: {
      categories: 'Open the scoring matrix',
      serviceConcepts: 'Set up service concepts',
    },
    footer: 'You receive this overview every Monday. Turn it off under Settings → My profile.',
  },
} as const;

export type DigestContent = { subject: string; text: string; html: string };

export function digestContent(args: {
  name: string;
  locale: MailLocale;
  today: string;
  items: readonly WorklistEntry[];
  /** What the firm lacks before a norm can fall due (the worklist's setUpFirst). */
  setUpFirst: SetUpFirst;
  publicUrl: string | undefined;
}): DigestContent {
  const { locale, items, publicUrl, setUpFirst: gap } = args;
  const words = texts[locale];
  const kinds = worklistWords[locale];
  const overdue = items.filter((item) => item.overdue);
  const due = items.filter((item) => !item.overdue);
  const link = (item: WorklistEntry) =>
    publicUrl ? `${publicUrl}/organizations/${item.organizationId}` : undefined;
  const line = (item: WorklistEntry) =>
    [
      item.organizationName,
      kinds.kinds[item.kind] + (item.label ? `: ${item.label}` : ''),
      item.overdue ? kinds.overdue(item) : kinds.dueOn(item.dueDate),
    ].join(' – ');
  const sections = [
    { title: words.overdue, items: overdue },
    { title: words.comingWeek, items: due },
  ].filter((section) => section.items.length > 0);
  const setUp = gap
    ? {
        text: kinds.setUpFirst[gap],
        action: words.setUpAction[gap],
        url: publicUrl ? `${publicUrl}${setUpFirstPage[gap]}` : undefined,
      }
    : undefined;

  const text = [
    words.greeting(firstName(args.name)),
    ...(setUp ? ['', setUp.text, ...(setUp.url ? [`${setUp.action}: ${setUp.url}`] : [])] : []),
    ...(items.length > 0 ? ['', words.intro] : []),
    ...sections.flatMap((section) => [
      '',
      `${section.title} (${section.items.length})`,
      ...section.items.flatMap((item) => {
        const url = link(item);
        return [`- ${line(item)}`, ...(url ? [`  ${url}`] : [])];
      }),
    ]),
    '',
    ...(publicUrl ? [`${words.open}: ${publicUrl}`, ''] : []),
    words.footer,
  ].join('\n');

  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family: sans-serif; color: #1a1b1e">`,
    `<p>${escapeHtml(words.greeting(firstName(args.name)))}</p>`,
    ...(setUp
      ? [
          `<p>${escapeHtml(setUp.text)}</p>`,
          ...(setUp.url
            ? [`<p><a href="${escapeHtml(setUp.url)}">${escapeHtml(setUp.action)}</a></p>`]
            : []),
        ]
      : []),
    ...(items.length > 0 ? [`<p>${escapeHtml(words.intro)}</p>`] : []),
    ...sections.flatMap((section) => [
      `<h2 style="font-size: 16px">${escapeHtml(section.title)} (${section.items.length})</h2>`,
      '<ul>',
      ...section.items.map((item) => {
        const url = link(item);
        const client = escapeHtml(item.organizationName);
        const rest = escapeHtml(line(item).slice(item.organizationName.length));
        return `<li>${url ? `<a href="${escapeHtml(url)}">${client}</a>` : `<strong>${client}</strong>`}${rest}</li>`;
      }),
      '</ul>',
    ]),
    ...(publicUrl
      ? [`<p><a href="${escapeHtml(publicUrl)}">${escapeHtml(words.open)}</a></p>`]
      : []),
    `<p style="color: #868e96; font-size: 12px">${escapeHtml(words.footer)}</p>`,
    '</body></html>',
  ].join('\n');

  return {
    subject:
      gap && items.length === 0
        ? words.setUpSubject(isoWeekNumber(args.today))
        : words.subject(isoWeekNumber(args.today), items.length, overdue.length),
    text,
    html,
  };
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
