import { create } from 'zustand';
import { findLesson, LESSON_URL_KEY, type Lesson } from '../lessons/lessons';

/** The guided scenario whose text is shown; it lives in the link as `lesson`. */
export const useLessonStore = create<{ lesson: Lesson | null }>()(() => ({ lesson: null }));

export function syncLessonFromUrl(): void {
  const id = new URLSearchParams(window.location.search).get(LESSON_URL_KEY);
  useLessonStore.setState({ lesson: findLesson(id) ?? null });
}

export function closeLesson(): void {
  const url = new URL(window.location.href);
  url.searchParams.delete(LESSON_URL_KEY);
  window.history.replaceState(window.history.state, '', url);
  useLessonStore.setState({ lesson: null });
}
