import { useTranslation } from 'react-i18next';

const TERMS = ['tp', 'shard', 'replicated', 'vocab', 'kv', 'block', 'cmec', 'min'] as const;

export function Glossary() {
  const { t } = useTranslation();
  return (
    <details id="glossary" className="text-sm">
      <summary className="cursor-pointer font-semibold">{t('glossary.heading')}</summary>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {TERMS.map((term) => (
          <div key={term} className="contents">
            <dt className="font-medium">{t(`glossary.${term}.term`)}</dt>
            <dd className="text-slate-700 dark:text-slate-300">
              {t(`glossary.${term}.definition`)}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
