import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { chooseLanguage } from '../state/page-store';
import { en, type Messages } from './en';
import type { Language } from './languages';

export * from './languages';

/**
 * English ships with the page; every other language is fetched when the page opens in it or a
 * reader picks it, and the service worker keeps it for offline use.
 */
const loadMessages: Record<Language, () => Promise<Messages>> = {
  en: () => Promise.resolve(en),
  'zh-CN': () => import('./zh-CN').then((module) => module.zhCN),
};

/** Makes a language's messages ready; resolves at once when they are. */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await loadMessages[language]());
}

/** Starts i18next in `language`, whose messages must be loaded or be English. */
export function initI18n(language: Language, messages: Messages = en) {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, [language]: { translation: messages } },
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

/** Starts i18next in `language` once its messages have arrived. */
export async function startI18n(language: Language) {
  return initI18n(language, await loadMessages[language]());
}

/**
 * Switches language once its messages are here; the link records the choice so that a shared
 * link keeps it.
 */
export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  chooseLanguage(language);
}
