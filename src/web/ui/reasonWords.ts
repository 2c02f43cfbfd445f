// A reason the server gives as a code with its values, in the user's language: the catalogues'
// text for it with the values filled in, or the server's own words (English) for a code the app
// has no text for yet. Numbers read as the user writes them unless a caller shows a value itself.
import type { TFunction } from 'i18next';
import { formatNumber, type Language } from '../format.ts';

export type ReasonWordsTexts = {
  t: TFunction;
  /** Whether the catalogues have a text for a key. */
  exists: (key: string) => boolean;
  language: Language;
};

type Values = Readonly<Record<string, string | number>>;

export function reasonWords(
  key: string,
  params: Values,
  serverWords: string,
  texts: ReasonWordsTexts,
  shown: (name: string, value: string | number) => string = (_, value) =>
    typeof value === 'number' ? formatNumber(value, texts.language) : value,
): string {
  if (!texts.exists(key)) return serverWords;
  const values = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, shown(name, value)]),
  );
  return texts.t(key as never, values);
}
