import { create } from 'zustand';
import type { Language } from '../i18n/languages';
import { findLesson, type Lesson, type LessonId } from '../lessons/lessons';

/** What the link holds besides the scenario: the guided lesson shown, and a chosen language. */
interface PageState {
  readonly lesson: LessonId | null;
  /** Written into the link once the reader picks a language; null leaves it to the browser. */
  readonly language: Language | null;
}

export const usePageStore = create<PageState>()(() => ({ lesson: null, language: null }));

export function useActiveLesson(): Lesson | undefined {
  return findLesson(usePageStore((state) => state.lesson));
}

export function closeLesson(): void {
  usePageStore.setState({ lesson: null });
}

export function chooseLanguage(language: Language): void {
  usePageStore.setState({ language });
}
