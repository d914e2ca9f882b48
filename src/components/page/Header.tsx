import { useTranslation } from 'react-i18next';
import { CopyLinkButton } from './CopyLinkButton';
import { LanguageSelect } from './LanguageSelect';
import { ThemeSelect } from './ThemeSelect';

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        <h1 className="text-2xl font-bold tracking-tight">{t('app.title')}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">{t('app.tagline')}</p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <LanguageSelect />
        <ThemeSelect />
        <CopyLinkButton />
      </div>
    </header>
  );
}
