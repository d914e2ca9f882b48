/** The page's languages; kept apart from i18next so the link codec can name them. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_URL_KEY = 'lang';
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

export function isLanguage(value: string | null): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/** The link's language wins; otherwise the first browser language the page has. */
export function pageLanguage(
  linkLanguage: Language | null,
  browserLanguages: readonly string[],
): Language {
  return linkLanguage ?? browserLanguage(browserLanguages);
}

/** The first browser language the page has, Chinese by prefix; English otherwise. */
export function browserLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
