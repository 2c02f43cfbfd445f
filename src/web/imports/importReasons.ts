// The reasons the server gives for a row, the columns or a file it cannot read, in the user's
// language: every reason code has a text under imports.reasons, with its values filled in. A
// code this page does not know yet keeps the server's English.
import type { TFunction } from 'i18next';
import type { Schemas } from '../api/client.ts';
import { formatDate, formatNumber, type Language } from '../format.ts';

/** A reason as the server gives it: its code, its values and the reason in English. */
export type ServerReason = {
  code: string;
  params: Schemas['ImportReason']['params'];
  reason: string;
};

export type ReasonTexts = {
  t: TFunction;
  /** Whether the catalogues have a text for a key. */
  exists: (key: string) => boolean;
  language: Language;
  /** An import field ("invoiceDate") in the user's words ("Factuurdatum"). */
  fieldLabel: (field: string) => string;
};

// Values that name an import field are shown by its label, ISO dates as the user reads dates.
const fieldValues = new Set(['field', 'other']);
const dateValues = new Set(['start', 'end']);

/** The reason in the user's language, or the server's English for a code without a text. */
export function reasonText(reason: ServerReason, texts: ReasonTexts): string {
  const key = `imports.reasons.${reason.code}`;
  if (!texts.exists(key)) return reason.reason;
  const values = Object.fromEntries(
    Object.entries(reason.params).map(([name, value]) => [name, shownValue(name, value, texts)]),
  );
  return texts.t(key as never, values);
}

function shownValue(name: string, value: string | number, texts: ReasonTexts): string {
  if (typeof value === 'number') return formatNumber(value, texts.language);
  if (fieldValues.has(name)) return texts.fieldLabel(value);
  if (dateValues.has(name)) return formatDate(value, texts.language);
  return value;
}
