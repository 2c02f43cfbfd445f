// Dutch and English, switched per user; Dutch until the user or browser says otherwise.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Language } from '../format.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

const storageKey = 'klandizie.language';

export function initialLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  if (stored === 'nl' || stored === 'en') return stored;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}

const language = initialLanguage();
document.documentElement.lang = language;

void i18next.use(initReactI18next).init({
  initAsync: false,
  lng: language,
  fallbackLng: 'nl',
  resources: { nl: { translation: nl }, en: { translation: en } },
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18next };
