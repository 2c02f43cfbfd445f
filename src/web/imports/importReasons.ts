// The reasons the server gives for a row, the columns or a file it cannot read, in the user's
// language: every reason code has a text under imports.reasons, with its values filled in. A
// code this page does not know yet keeps the server's English.
import type { Schemas } from '../api/client.ts';
import { formatDate, formatNumber } from '../format.ts';
import { reasonWords, type ReasonWordsTexts } from '../ui/reasonWords.ts';

/** A reason as the server gives it: its code, its values and the reason in English. */
export type ServerReason = {
  code: string;
  params: Schemas['ImportReason']['params'];
  reason: string;
};

export type ReasonTexts = ReasonWordsTexts & {
  /** An import field ("invoiceDate") in the user's words ("Factuurdatum"). */
  fieldLabel: (field: string) => string;
};

// Values that name an import field are shown by its label, ISO dates as the user reads dates.
const fieldValues = new Set(['field', 'other']);
const dateValues = new Set(['start', 'end']);

/** The reason in the user's language, or the server's English for a code without a text. */
export function reasonText(reason: ServerReason, texts: ReasonTexts): string {
  return reasonWords(
    `imports.reasons.${reason.code}`,
    reason.params,
    reason.reason,
    texts,
    (name, value) => shownValue(name, value, texts),
  );
}

function shownValue(name: string, value: string | number, texts: ReasonTexts): string {
  if (typeof value === 'number') return formatNumber(value, texts.language);
  if (fieldValues.has(name)) return texts.fieldLabel(value);
  if (dateValues.has(name)) return formatDate(value, texts.language);
  return value;
}
