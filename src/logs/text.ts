/**
 * Start-up logs as people paste them: with colours, timestamps, rank and process prefixes,
 * Windows line ends and a byte-order mark. Each reader searches within a line, so prefixes
 * are left in place; only what would break a search is removed here.
 */

/** A start-up log with the debug lines of eight ranks is a few hundred KiB; far more is not one. */
export const MAX_LOG_CHARS = 2_000_000;

// The escape sequences terminals colour text with, and Python's coloured level names.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

export function logLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(ANSI, '')
    .split(/\r\n|\r|\n/);
}

/** A number as a log prints it: `1,234`, `1234`, `12.5`. */
export function logNumber(text: string): number {
  return Number(text.replaceAll(',', ''));
}
