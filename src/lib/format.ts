/**
 * Every figure on the page is formatted here, in the reader's locale. Formatters are cached:
 * building an Intl.NumberFormat costs far more than using one, and a slider drag formats
 * hundreds of numbers per frame.
 */
const formatters = new Map<string, Intl.NumberFormat>();

/** `kind` names the options, so a lookup builds one short key rather than serialising them. */
function formatter(
  locale: string,
  kind: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const key = `${locale}|${kind}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

const GIB_OPTIONS = { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false };

export function formatGiB(value: number, locale: string): string {
  // Avoid "-0.00" when float noise leaves a tiny negative value.
  return formatter(locale, 'gib', GIB_OPTIONS).format(Math.abs(value) < 0.005 ? 0 : value);
}

export function formatPlain(value: number, locale: string, maximumFractionDigits = 3): string {
  return formatter(locale, `plain${maximumFractionDigits}`, {
    maximumFractionDigits,
    useGrouping: false,
  }).format(value);
}

export function formatPercent(value: number, locale: string): string {
  return formatter(locale, 'percent', { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

const KIB = 1024;
const MIB = 1024 * 1024;

/** Per-token and per-block sizes: KiB below a MiB, MiB above, as LMDeploy's logs use MiB. */
export function formatBytes(bytes: number, locale: string): string {
  const number = formatter(locale, 'plain2', { maximumFractionDigits: 2, useGrouping: false });
  return bytes < MIB ? `${number.format(bytes / KIB)} KiB` : `${number.format(bytes / MIB)} MiB`;
}

export function formatCount(value: number, locale: string): string {
  return formatter(locale, 'count', { maximumFractionDigits: 0 }).format(value);
}
