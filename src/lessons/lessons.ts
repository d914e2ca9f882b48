import { LANGUAGE_URL_KEY } from '../i18n/languages';

/**
 * Guided scenarios. Each is a link: the query sets the inputs, `lesson` names the text to
 * show, and `highlight` is the element id of what to look at. Each works in the documented
 * formula, with no overhead, so that its numbers are the ones its text works out.
 */
export interface Lesson {
  readonly id: LessonId;
  readonly query: string;
  readonly highlight: string;
}

export const LESSON_IDS = [
  'documented',
  'seed',
  'large-vocab',
  'total-vs-free',
  'few-kv-heads',
  'does-not-fit',
  'quantized',
  'vision-gpu0',
  'moe-ep',
] as const;
export type LessonId = (typeof LESSON_IDS)[number];

export const LESSON_URL_KEY = 'lesson';

export function isLessonId(value: string): value is LessonId {
  return LESSON_IDS.some((id) => id === value);
}

export const LESSONS: readonly Lesson[] = [
  {
    id: 'documented',
    query: 'model=llama-3.1-70b-instruct&T=80&S=140&E=2&P=4&lambda=0.8&overhead=formula',
    highlight: 'variant-post',
  },
  {
    id: 'seed',
    query: 'model=qwen2.5-7b-instruct&gpu=a10&P=2&lambda=0.8&overhead=formula',
    highlight: 'sweep',
  },
  {
    id: 'large-vocab',
    query: 'model=qwen2.5-72b-instruct&gpu=h100&P=8&overhead=formula',
    highlight: 'variant-pre',
  },
  {
    id: 'total-vs-free',
    query:
      'model=llama-3.1-8b-instruct&gpu=a100-40g&P=1&lambda=0.5&versions=tm020,tm022&overhead=formula',
    highlight: 'variant-pre',
  },
  {
    id: 'few-kv-heads',
    query: 'model=glm-4-9b-chat&gpu=rtx4090&P=8&overhead=formula',
    highlight: 'capacity',
  },
  {
    id: 'does-not-fit',
    query: 'model=llama-3.1-70b-instruct&gpu=rtx4090&P=2&overhead=formula',
    highlight: 'variant-post',
  },
  {
    id: 'quantized',
    query: 'model=qwen2.5-72b-instruct&gpu=l40s&P=2&w=int4&kv=int8&overhead=formula',
    highlight: 'capacity',
  },
  {
    id: 'vision-gpu0',
    query: 'model=internvl3-78b&gpu=a100-80g&P=4&versions=tm030,tm041&overhead=formula',
    highlight: 'variant-pre',
  },
  {
    id: 'moe-ep',
    query:
      'model=deepseek-v3&gpu=h200&w=fp8&P=1&dp=16&ep=16&nodes=2&versions=tm150,pt100&overhead=formula',
    highlight: 'layout',
  },
];

/** A lesson's own link: its inputs, its id and, when the reader chose one, the language. */
export function lessonLink(lesson: Lesson, language: string | null): string {
  const params = new URLSearchParams(lesson.query);
  params.set(LESSON_URL_KEY, lesson.id);
  if (language) params.set(LANGUAGE_URL_KEY, language);
  return `?${params.toString()}`;
}

export function findLesson(id: LessonId | null): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
