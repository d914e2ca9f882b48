import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatGiB, formatPercent, formatPlain } from './format';

const intl = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat('en', options);
const figures = fc.double({ min: -1e12, max: 1e12, noNaN: true });

describe('figures in the page’s languages', () => {
  test.prop([figures])('match Intl.NumberFormat in English, whatever the value', (value) => {
    const gib = Math.abs(value) < 0.005 ? 0 : value;
    expect(formatGiB(value, 'en')).toBe(
      intl({ minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(gib),
    );
    expect(formatCount(value, 'zh-CN')).toBe(intl({ maximumFractionDigits: 0 }).format(value));
    for (const digits of [0, 2, 3]) {
      expect(formatPlain(value, 'en', digits)).toBe(
        intl({ maximumFractionDigits: digits, useGrouping: false }).format(value),
      );
    }
  });

  it('round ties away from zero, as Intl does, and write worked examples', () => {
    expect(formatGiB(0.125, 'en')).toBe('0.13');
    expect(formatGiB(-0.125, 'en')).toBe('-0.13');
    expect(formatGiB(-0.004, 'en')).toBe('0.00');
    expect(formatGiB(1234.5, 'zh-CN')).toBe('1234.50');
    expect(formatCount(1234567.5, 'en')).toBe('1,234,568');
    expect(formatCount(999, 'en')).toBe('999');
    expect(formatPlain(0.8, 'en')).toBe('0.8');
    expect(formatPlain(2.5e-7, 'en')).toBe('0');
    expect(formatPercent(0.125, 'en')).toBe('12.5%');
    expect(formatPercent(-0.261, 'zh-CN')).toBe('-26.1%');
    expect(formatBytes(81_920, 'en')).toBe('80 KiB');
    expect(formatBytes(20 * 1024 * 1024, 'en')).toBe('20 MiB');
  });

  it('leave any other locale to Intl', () => {
    expect(formatGiB(1234.5, 'de')).toBe('1234,50');
    expect(formatPercent(0.125, 'fr')).toBe(
      new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 1 }).format(0.125),
    );
  });
});
