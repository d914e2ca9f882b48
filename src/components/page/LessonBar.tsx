import { useTranslation } from 'react-i18next';
import { lessonLink, LESSONS, type Lesson } from '../../lessons/lessons';
import { closeLesson, useActiveLesson, usePageStore } from '../../state/page-store';
import { openLink } from '../../state/history';
import { CARD_CLASS, CONTROL_CLASS } from '../shared/controls';

const HIGHLIGHT_MS = 2500;

function highlight(id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  if (target instanceof HTMLDetailsElement) target.open = true;
  target.scrollIntoView({ behavior: 'smooth', block: 'start' });
  target.classList.add('lesson-highlight');
  window.setTimeout(() => {
    target.classList.remove('lesson-highlight');
  }, HIGHLIGHT_MS);
}

export function LessonBar() {
  const { t, i18n } = useTranslation();
  const active = useActiveLesson();
  const linkLanguage = usePageStore((state) => state.language);
  const open = (lesson: Lesson) => {
    openLink(lessonLink(lesson, linkLanguage));
    // Wait a frame so the target shows the new scenario before it is scrolled to.
    requestAnimationFrame(() => {
      highlight(lesson.highlight);
    });
  };
  return (
    <section aria-labelledby="lessons-title" className={CARD_CLASS} data-testid="lessons">
      <h2 id="lessons-title" className="text-lg font-semibold">
        {t('lessons.heading')}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">{t('lessons.intro')}</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {LESSONS.map((lesson) => (
          <li key={lesson.id}>
            <a
              href={lessonLink(lesson, i18n.language)}
              className={`${CONTROL_CLASS} inline-block no-underline aria-[current=true]:border-blue-600 aria-[current=true]:ring-1 aria-[current=true]:ring-blue-600`}
              aria-current={active?.id === lesson.id}
              data-testid={`lesson-${lesson.id}`}
              onClick={(event) => {
                event.preventDefault();
                open(lesson);
              }}
            >
              {t(`lessons.${lesson.id}.title`)}
            </a>
          </li>
        ))}
      </ul>
      {active && (
        <div
          className="mt-3 rounded-md border-l-4 border-blue-600 bg-blue-50 p-3 text-sm dark:bg-blue-950"
          data-testid="lesson-text"
        >
          <h3 className="font-semibold">{t(`lessons.${active.id}.title`)}</h3>
          <p className="mt-1">{t(`lessons.${active.id}.body`)}</p>
          <p className="mt-1">
            <button
              type="button"
              className="font-medium underline underline-offset-2"
              onClick={() => {
                highlight(active.highlight);
              }}
            >
              {t('lessons.lookAt')}
            </button>
            : {t(`lessons.${active.id}.look`)}
          </p>
          <button type="button" className={`${CONTROL_CLASS} mt-2`} onClick={closeLesson}>
            {t('lessons.close')}
          </button>
        </div>
      )}
    </section>
  );
}
