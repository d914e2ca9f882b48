import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../i18n';
import { CONTROL_CLASS } from '../shared/controls';

export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  // A language other than English is fetched when picked; offline before it was kept, it fails.
  const [failed, setFailed] = useState<Language | null>(null);
  return (
    <span className="flex flex-wrap items-center gap-1">
      <label className="flex items-center gap-1 text-sm">
        <span className="sr-only">{t('toolbar.language')}</span>
        <select
          className={CONTROL_CLASS}
          value={i18n.language}
          onChange={(event) => {
            const language = event.target.value;
            if (!isLanguage(language)) return;
            changeLanguage(language).then(
              () => {
                setFailed(null);
              },
              () => {
                setFailed(language);
              },
            );
          }}
          data-testid="language-select"
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </label>
      {failed && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {t('toolbar.languageFailed', { language: LANGUAGE_NAMES[failed] })}
        </span>
      )}
    </span>
  );
}
