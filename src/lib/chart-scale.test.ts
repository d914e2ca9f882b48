import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisTicks, labelledBars, niceAxisMax, stackedBarPaths, stackPieces } from './chart-scale';

describe('axisTicks', () => {
  it('steps by round numbers', () => {
    expect(axisTicks(80)).toEqual([0, 20, 40, 60, 80]);
    expect(axisTicks(79.11)).toEqual([0, 20, 40, 60]);
    expect(axisTicks(192)).toEqual([0, 50, 100, 150]);
    expect(axisTicks(24)).toEqual([0, 5, 10, 15, 20]);
    expect(axisTicks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(axisTicks(12)).toEqual([0, 2.5, 5, 7.5, 10]);
  });

  it('gives a lone 0 for an empty or broken axis', () => {
    expect(axisTicks(0)).toEqual([0]);
    expect(axisTicks(Number.NaN)).toEqual([0]);
    expect(axisTicks(Infinity)).toEqual([0]);
  });

  it('stays within the axis with 3 to 11 ticks, evenly spaced', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e5, noNaN: true }), (max) => {
        const ticks = axisTicks(max);
        expect(ticks[0]).toBe(0);
        expect(ticks.length).toBeGreaterThanOrEqual(3);
        expect(ticks.length).toBeLessThanOrEqual(11);
        expect(ticks[ticks.length - 1]).toBeLessThanOrEqual(max * (1 + 1e-9));
        const step = ticks[1] ?? 0;
        ticks.forEach((tick, index) => {
          expect(tick).toBeCloseTo(index * step, 9);
        });
      }),
    );
  });
});

describe('niceAxisMax', () => {
  it('rounds up to the next tick step', () => {
    expect(niceAxisMax(79.11)).toBe(80);
    expect(niceAxisMax(192)).toBe(200);
    expect(niceAxisMax(150)).toBe(150);
    expect(niceAxisMax(151)).toBe(200);
    expect(niceAxisMax(23.5)).toBe(25);
    expect(niceAxisMax(12)).toBe(12.5);
  });

  it('gives 0 for an empty or broken axis', () => {
    expect(niceAxisMax(0)).toBe(0);
    expect(niceAxisMax(Number.NaN)).toBe(0);
    expect(niceAxisMax(-3)).toBe(0);
  });

  it('reaches max, ends on a tick of its own axis, and overshoots by less than a step', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e5, noNaN: true }), (max) => {
        const top = niceAxisMax(max);
        expect(top).toBeGreaterThanOrEqual(max * (1 - 1e-9));
        const ticks = axisTicks(top);
        const step = ticks[1] ?? 0;
        expect(ticks[ticks.length - 1]).toBeCloseTo(top, 9);
        expect(top - max).toBeLessThan(step);
        // The step is the one the raw maximum would get, so the labels stay round.
        expect(step).toBeCloseTo(axisTicks(max)[1] ?? 0, 9);
      }),
    );
  });
});

describe('labelledBars', () => {
  it('labels every bar when they fit', () => {
    expect(labelledBars(8, 60, 44)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('labels every k-th bar and the last, at 64 GPUs on a narrow chart', () => {
    // 64 bands of 7.5 px, labels of 48 px: every 7th bar.
    expect(labelledBars(64, 7.5, 48)).toEqual([0, 7, 14, 21, 28, 35, 42, 49, 56, 63]);
  });

  it('moves the last label to the last bar rather than crowd it', () => {
    expect(labelledBars(10, 10, 30)).toEqual([0, 3, 6, 9]);
    expect(labelledBars(8, 10, 30)).toEqual([0, 3, 7]);
  });

  it('never labels two bars closer than a label width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 128 }),
        fc.double({ min: 0.5, max: 200, noNaN: true }),
        fc.double({ min: 1, max: 120, noNaN: true }),
        (count, band, label) => {
          const shown = labelledBars(count, band, label);
          expect(shown[0]).toBe(0);
          for (let index = 1; index < shown.length; index += 1) {
            const gap = ((shown[index] ?? 0) - (shown[index - 1] ?? 0)) * band;
            expect(gap).toBeGreaterThanOrEqual(label - 1e-9);
          }
        },
      ),
    );
  });
});

describe('stackPieces', () => {
  it('stacks bottom first and skips empty segments', () => {
    const pieces = stackPieces({ a: 10, b: 0, c: 5 }, ['a', 'b', 'c'], 2, 100);
    expect(pieces).toEqual([
      { key: 'a', y: 80, height: 20 },
      { key: 'c', y: 70, height: 10 },
    ]);
  });

  it('ignores negative and non-finite values', () => {
    expect(stackPieces({ a: -1, b: Number.NaN, c: 1 }, ['a', 'b', 'c'], 1, 10)).toEqual([
      { key: 'c', y: 9, height: 1 },
    ]);
  });
});

describe('stackedBarPaths', () => {
  it('draws each key as one path of rectangles, one per bar', () => {
    const paths = stackedBarPaths(
      [
        { x: 0, values: { a: 10, b: 5 } },
        { x: 20, values: { a: 0, b: 2.5 } },
      ],
      15,
      ['a', 'b'],
      2,
      100,
    );
    expect(paths.get('a')).toBe('M0,80h15v20h-15Z');
    expect(paths.get('b')).toBe('M0,70h15v10h-15ZM20,95h15v5h-15Z');
  });

  it('has an empty path for a key no bar holds', () => {
    expect(stackedBarPaths([{ x: 0, values: { a: 0 } }], 10, ['a'], 1, 10).get('a')).toBe('');
  });
});
