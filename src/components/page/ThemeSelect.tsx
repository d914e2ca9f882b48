import { useTranslation } from 'react-i18next';
import { setTheme, THEMES, useThemeStore } from '../../state/theme';
import { CONTROL_CLASS } from '../shared/controls';

const THEME_LABEL_KEYS = {
  system: 'toolbar.themeSystem',
  light: 'toolbar.themeLight',
  dark: 'toolbar.themeDark',
} as const;

export function ThemeSelect() {
  const { t } = useTranslation();
  const theme = useThemeStore((state) => state.theme);
  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="sr-only">{t('toolbar.theme')}</span>
      <select
        className={CONTROL_CLASS}
        value={theme}
        onChange={(event) => {
          const chosen = THEMES.find((option) => option === event.target.value);
          if (chosen) setTheme(chosen);
        }}
        data-testid="theme-select"
      >
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {t('toolbar.theme')}: {t(THEME_LABEL_KEYS[option])}
          </option>
        ))}
      </select>
    </label>
  );
}
