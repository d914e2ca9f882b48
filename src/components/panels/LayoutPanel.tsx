import { useTranslation } from 'react-i18next';
import { VARIANTS } from '../../model';
import { useSettledView } from '../../state/views';
import { InputControl } from '../inputs/InputControl';
import { LessonCallout } from '../page/LessonCallout';
import { LayoutColumn } from './layout/LayoutColumn';

/**
 * Loaded on demand: data, expert and context parallelism and nodes, for both charts' versions,
 * with what each GPU holds under the layout the engine derives.
 */
export default function LayoutPanel() {
  const { t } = useTranslation();
  const { parallel, inputs } = useSettledView();
  const plain = VARIANTS.every((variant) => parallel.variants[variant].outcome.kind === 'plain');
  return (
    <div className="mt-2 space-y-3" data-testid="layout-panel">
      <LessonCallout targets={['layout']} revealOnMount />
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {t('layout.intro', { tp: inputs.P })}
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <InputControl inputKey="dp" />
        <InputControl inputKey="ep" />
        <InputControl inputKey="cp" />
        <InputControl inputKey="nodes" />
      </div>
      {plain ? (
        <p className="text-sm" data-testid="layout-plain">
          {t('layout.plain')}
        </p>
      ) : (
        <div className="grid gap-4 xl:grid-cols-2">
          {VARIANTS.map((variant) => (
            <LayoutColumn key={variant} variant={variant} view={parallel.variants[variant]} />
          ))}
        </div>
      )}
      <p className="text-sm text-slate-600 dark:text-slate-300">{t('layout.peers')}</p>
    </div>
  );
}
