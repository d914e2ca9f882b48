import { useTranslation } from 'react-i18next';
import { flushUrl } from '../../state/history';
import { CONTROL_CLASS } from '../shared/controls';
import { useClipboard } from '../shared/use-clipboard';

export function CopyLinkButton() {
  const { t } = useTranslation();
  const [status, copy] = useClipboard();

  return (
    <span className="flex items-center gap-2">
      <button
        type="button"
        className={CONTROL_CLASS}
        onClick={() => {
          flushUrl();
          void copy(window.location.href);
        }}
      >
        {t('toolbar.copyLink')}
      </button>
      <span role="status" className="text-xs text-slate-600 dark:text-slate-300">
        {status === 'copied' && t('toolbar.copied')}
        {status === 'failed' && t('toolbar.copyFailed')}
      </span>
    </span>
  );
}
