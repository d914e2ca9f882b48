import { useTranslation } from 'react-i18next';
import { lessonLink, LESSONS, type Lesson } from '../../lessons/lessons';
import { useActiveLesson, usePageStore } from '../../state/page-store';
import { openLink } from '../../state/history';
import { CARD_CLASS, CONTROL_CLASS } from '../shared/controls';

/** Brings the lesson's text, which sits at what it is about, into view once it is drawn. */
function showCallout() {
  requestAnimationFrame(() => {
    document
      .getElementById('lesson-callout')
      ?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  });
}

export function LessonBar() {
  const { t, i18n } = useTranslation();
  const active = useActiveLesson();
  const linkLanguage = usePageStore((state) => state.language);
  const open = (lesson: Lesson) => {
    openLink(lessonLink(lesson, linkLanguage));
    showCallout();
  };
  return (
    <section aria-labelledby="lessons-title" className={CARD_CLASS} data-testid="lessons">
      <h2 id="lessons-title" className="text-lg font-semibold">
        {t('lessons.heading')}
      </h2>
      <p className="hidden text-sm text-slate-600 sm:block dark:text-slate-300">
        {t('lessons.intro')}
      </p>
      {/* One row that scrolls sideways on a phone, so the charts stay near the top. */}
      <ul className="mt-2 flex gap-2 overflow-x-auto pb-1 sm:flex-wrap sm:overflow-visible">
        {LESSONS.map((lesson) => (
          <li key={lesson.id} className="shrink-0">
            <a
              href={lessonLink(lesson, i18n.language)}
              className={`${CONTROL_CLASS} inline-block whitespace-nowrap no-underline aria-[current=true]:border-blue-600 aria-[current=true]:ring-1 aria-[current=true]:ring-blue-600`}
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
    </section>
  );
}
