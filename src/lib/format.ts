/**
 * Every figure on the page is formatted here, in the reader's locale. Both of the page's
 * languages write numbers alike (1,234.5; 12.5%), and those are written here without Intl:
 * the first Intl.NumberFormat a page builds loads the locale data, 25–30 ms of this machine's
 * CPU and four times that on a slow phone, in the middle of the app taking the page over. Any
 * other locale goes through Intl, whose formatters are cached: building one costs far more
 * than using it, and a slider drag formats hundreds of numbers per frame.
 */
const WRITTEN_LIKE_ENGLISH = new Set(['en', 'zh-CN']);

const formatters = new Map<string, Intl.NumberFormat>();

interface Digits {
  readonly min: number;
  readonly max: number;
  readonly grouping: boolean;
}

/**
 * `value` to at most `max` decimals, at least `min`, as Intl.NumberFormat writes it in English.
 * Rounding agrees: both round the exact value of the double to the nearest, ties away from zero.
 */
function writeDecimal(value: number, { min, max, grouping }: Digits): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : '-∞';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const [whole = '0', fraction = ''] = Math.abs(value).toFixed(max).split('.');
  let kept = fraction;
  while (kept.length > min && kept.endsWith('0')) kept = kept.slice(0, -1);
  const integer = grouping ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  return `${sign}${integer}${kept ? `.${kept}` : ''}`;
}

function format(
  locale: string,
  kind: string,
  digits: Digits,
  value: number,
  style: 'decimal' | 'percent' = 'decimal',
): string {
  if (WRITTEN_LIKE_ENGLISH.has(locale)) {
    return style === 'percent'
      ? `${writeDecimal(value * 100, digits)}%`
      : writeDecimal(value, digits);
  }
  const key = `${locale}|${kind}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, {
      style,
      minimumFractionDigits: digits.min,
      maximumFractionDigits: digits.max,
      useGrouping: digits.grouping,
    });
    formatters.set(key, cached);
  }
  return cached.format(value);
}

const GIB: Digits = { min: 2, max: 2, grouping: false };
const COUNT: Digits = { min: 0, max: 0, grouping: true };
const PLAIN: readonly Digits[] = [0, 1, 2, 3, 4, 5, 6].map((max) => ({
  min: 0,
  max,
  grouping: false,
}));
const PERCENT: Digits = { min: 0, max: 1, grouping: true };

export function formatGiB(value: number, locale: string): string {
  // Avoid "-0.00" when float noise leaves a tiny negative value.
  return format(locale, 'gib', GIB, Math.abs(value) < 0.005 ? 0 : value);
}

export function formatPlain(value: number, locale: string, maximumFractionDigits = 3): string {
  const digits = PLAIN[maximumFractionDigits] ?? {
    min: 0,
    max: maximumFractionDigits,
    grouping: false,
  };
  return format(locale, `plain${String(maximumFractionDigits)}`, digits, value);
}

/** A share as a percentage, to one decimal: 0.125 is 12.5%. */
export function formatPercent(value: number, locale: string): string {
  return format(locale, 'percent', PERCENT, value, 'percent');
}

const KIB = 1024;
const MIB = 1024 * 1024;

/** Per-token and per-block sizes: KiB below a MiB, MiB above, as LMDeploy's logs use MiB. */
export function formatBytes(bytes: number, locale: string): string {
  return bytes < MIB
    ? `${formatPlain(bytes / KIB, locale, 2)} KiB`
    : `${formatPlain(bytes / MIB, locale, 2)} MiB`;
}

export function formatCount(value: number, locale: string): string {
  return format(locale, 'count', COUNT, value);
}
