import { useTranslation } from 'react-i18next';
import { useUpdateStore } from '../../state/updates';

/** Offers the release the service worker has installed; the page keeps working meanwhile. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const waiting = useUpdateStore((state) => state.waiting);
  const reload = useUpdateStore((state) => state.reload);
  if (!waiting || !reload) return null;
  return (
    <p
      role="status"
      className="mt-2 flex flex-wrap items-center gap-2 rounded-md border border-blue-300 bg-blue-50 p-2 text-sm dark:border-blue-700 dark:bg-blue-950"
      data-testid="update-prompt"
    >
      {t('app.updateReady')}
      <button
        type="button"
        className="rounded border border-current px-2 py-0.5 text-xs"
        onClick={reload}
      >
        {t('app.updateReload')}
      </button>
    </p>
  );
}
