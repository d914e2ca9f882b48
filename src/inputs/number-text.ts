import { z } from 'zod/mini';

const MAX_NUMBER_TEXT_LENGTH = 32;

/** A decimal number as people type it or as it appears in a link; nothing else converts. */
export const numberTextSchema = z.pipe(
  z
    .string()
    .check(
      z.trim(),
      z.maxLength(MAX_NUMBER_TEXT_LENGTH, { error: 'too-long' }),
      z.regex(/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i, { error: 'not-a-number' }),
    ),
  z.transform(Number),
);

export function parseNumberText(text: string): number | null {
  const parsed = numberTextSchema.safeParse(text);
  return parsed.success && Number.isFinite(parsed.data) ? parsed.data : null;
}
