import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTROL_CLASS } from './controls';

type CopyStatus = 'idle' | 'copied' | 'failed';

export function CopyLinkButton() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CopyStatus>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <span className="flex items-center gap-2">
      <button type="button" className={CONTROL_CLASS} onClick={() => void copy()}>
        {t('toolbar.copyLink')}
      </button>
      <span role="status" className="text-xs text-slate-600 dark:text-slate-300">
        {status === 'copied' && t('toolbar.copied')}
        {status === 'failed' && t('toolbar.copyFailed')}
      </span>
    </span>
  );
}
