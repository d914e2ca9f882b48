import { useTranslation } from 'react-i18next';
import { closeLesson, useActiveLesson } from '../../state/page-store';
import { CONTROL_CLASS } from '../shared/controls';

/**
 * The active lesson's text, shown at the part of the page it is about, so that the text and
 * what it points at are read together.
 */
export function LessonCallout({
  targets,
  revealOnMount = false,
}: {
  targets: readonly string[];
  /** Inside a panel that loads on demand: the lesson bar cannot scroll to it, so it does. */
  revealOnMount?: boolean;
}) {
  const { t } = useTranslation();
  const active = useActiveLesson();
  if (!active || !targets.includes(active.highlight)) return null;
  return (
    <aside
      ref={
        revealOnMount
          ? (element) => {
              element?.scrollIntoView({ block: 'start' });
            }
          : undefined
      }
      id="lesson-callout"
      aria-labelledby="lesson-callout-title"
      className="mb-3 scroll-mt-48 rounded-md border-l-4 border-blue-600 bg-blue-50 p-3 text-sm lg:scroll-mt-4 dark:bg-blue-950"
      data-testid="lesson-text"
    >
      <h3 id="lesson-callout-title" className="font-semibold">
        {t(`lessons.${active.id}.title`)}
      </h3>
      <p className="mt-1">{t(`lessons.${active.id}.body`)}</p>
      <p className="mt-1">
        <span className="font-medium">{t('lessons.lookAt')}</span>: {t(`lessons.${active.id}.look`)}
      </p>
      <button type="button" className={`${CONTROL_CLASS} mt-2`} onClick={closeLesson}>
        {t('lessons.close')}
      </button>
    </aside>
  );
}
