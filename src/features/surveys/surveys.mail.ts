// The mail that brings a contact person their personal link to the evaluation, and the reminder,
// in the request's language (Dutch addresses the reader as "je", as the product does).
import type { SurveyLanguage } from '../../core/satisfaction/survey-request.ts';

export type SurveyMailInput = {
  language: SurveyLanguage;
  firmName: string;
  firstName: string;
  assignmentTitle: string | null;
  link: string;
  expiresAt: Date;
  timeZone: string;
  reminder: boolean;
};

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

const words = {
  nl: {
    subject: (firm: string, reminder: boolean) =>
      reminder
        ? `Herinnering: hoe tevreden ben je over ${firm}?`
        : `Hoe tevreden ben je over ${firm}?`,
    greeting: (name: string) => `Beste ${name},`,
    ask: (firm: string, title: string | null) =>
      title
        ? `${firm} hoort graag hoe je de opdracht "${title}" hebt ervaren.`
        : `${firm} hoort graag hoe je de samenwerking ervaart.`,
    reminder: 'Misschien is het erbij ingeschoten: we horen graag je mening.',
    how: 'Het invullen kost een paar minuten. Je hebt geen account nodig.',
    button: 'Geef je mening',
    valid: (until: string) =>
      `De link is persoonlijk, kan één keer gebruikt worden en is geldig tot ${until}.`,
    thanks: 'Alvast bedankt.',
    locale: 'nl-NL',
  },
  en: {
    subject: (firm: string, reminder: boolean) =>
      reminder
        ? `Reminder: how satisfied are you with ${firm}?`
        : `How satisfied are you with ${firm}?`,
    greeting: (name: string) => `Dear ${name},`,
    ask: (firm: string, title: string | null) =>
      title
        ? `${firm} would like to hear how you found the assignment "${title}".`
        : `${firm} would like to hear how you find working together.`,
    reminder: 'Perhaps it slipped your mind: we would like to hear your opinion.',
    how: 'It takes a few minutes. You do not need an account.',
    button: 'Give your opinion',
    valid: (until: string) => `The link is personal, can be used once and is valid until ${until}.`,
    thanks: 'Thank you in advance.',
    locale: 'en-GB',
  },
} as const;

export function surveyMail(input: SurveyMailInput) {
  const w = words[input.language];
  const until = new Intl.DateTimeFormat(w.locale, {
    dateStyle: 'long',
    timeZone: input.timeZone,
  }).format(input.expiresAt);
  const paragraphs = [
    w.greeting(input.firstName),
    w.ask(input.firmName, input.assignmentTitle),
    ...(input.reminder ? [w.reminder] : []),
    w.how,
  ];
  const text = [
    ...paragraphs,
    `${w.button}: ${input.link}`,
    w.valid(until),
    w.thanks,
    input.firmName,
  ].join('\n\n');
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(input.link)}" style="display:inline-block;padding:12px 20px;` +
      `background:#1c7ed6;color:#fff;border-radius:6px;text-decoration:none">` +
      `${escapeHtml(w.button)}</a></p>`,
    `<p>${escapeHtml(w.valid(until))}</p>`,
    `<p>${escapeHtml(w.thanks)}<br>${escapeHtml(input.firmName)}</p>`,
  ].join('\n');
  return {
    subject: w.subject(input.firmName, input.reminder),
    text,
    html: `<!doctype html><html lang="${input.language}"><body>${html}</body></html>`,
  };
}
