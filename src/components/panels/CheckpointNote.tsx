import { useTranslation } from 'react-i18next';
import type { Checkpoint, WeightPrecision } from '../../model';

/** What the command's checkpoint is, when it is not simply the model's own repository. */
export function CheckpointNote({
  checkpoint,
  weights,
  testId,
}: {
  checkpoint: Checkpoint;
  weights: WeightPrecision;
  testId: string;
}) {
  const { t } = useTranslation();
  const format = t(`weights.short.${weights}`);
  const text = (() => {
    switch (checkpoint.kind) {
      case 'published':
        return checkpoint.since === 'line'
          ? null
          : t('startup.checkpoint.since', { since: checkpoint.since });
      case 'online':
        return t('startup.checkpoint.online');
      case 'made':
        return t('startup.checkpoint.made', { format });
      case 'unpublished':
        return t('startup.checkpoint.unpublished', { format });
      case 'cannot':
        return t('startup.checkpoint.cannot', { format });
    }
  })();
  if (!text) return null;
  return (
    <p className="mt-1 text-sm text-amber-900 dark:text-amber-200" data-testid={testId}>
      {text}
    </p>
  );
}
