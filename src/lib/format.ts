/** Every GiB figure on the page goes through here: two decimals, in the reader's locale. */
const gibFormatters = new Map<string, Intl.NumberFormat>();

export function formatGiB(value: number, locale: string): string {
  let formatter = gibFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      useGrouping: false,
    });
    gibFormatters.set(locale, formatter);
  }
  // Avoid "-0.00" when float noise leaves a tiny negative value.
  return formatter.format(Math.abs(value) < 0.005 ? 0 : value);
}

export function formatPlain(value: number, locale: string, maximumFractionDigits = 3): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits, useGrouping: false }).format(value);
}

export function formatPercent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
    value,
  );
}

const KIB = 1024;
const MIB = 1024 * 1024;

/** Per-token and per-block sizes: KiB below a MiB, MiB above, as LMDeploy's logs use MiB. */
export function formatBytes(bytes: number, locale: string): string {
  const number = (value: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value);
  return bytes < MIB ? `${number(bytes / KIB)} KiB` : `${number(bytes / MIB)} MiB`;
}

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}
