import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { chooseLanguage } from '../state/page-store';
import { en } from './en';
import type { Language } from './languages';
import { zhCN } from './zh-CN';

export * from './languages';

export const resources = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
} as const;

export function initI18n(language: Language) {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // At build time the opening page is rendered without a document.
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return i18next;
}

/** Switches language; the link records the choice so that a shared link keeps it. */
export function changeLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
  chooseLanguage(language);
}
