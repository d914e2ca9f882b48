/**
 * The arithmetic behind the bar charts, kept apart from drawing so it can be tested: where
 * the axis ticks go, which bar labels fit, and where each segment of a stacked bar sits.
 */

/** Tick values from 0 up to `max` at a 1, 2, 2.5 or 5 × 10ⁿ step, about `target` of them. */
export function axisTicks(max: number, target = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0];
  const step = tickStep(max, target);
  const count = Math.floor(max / step + 1e-9);
  return Array.from({ length: count + 1 }, (_, index) => index * step);
}

/**
 * The top of an axis that must reach `max`: `max` rounded up to a whole tick step. The axis
 * then ends on a labelled tick, and holds still while `max` moves within one step, so dragging
 * T moves the limit line rather than rescaling every bar and gridline on each input.
 */
export function niceAxisMax(max: number, target = 5): number {
  if (!(max > 0) || !Number.isFinite(max)) return 0;
  const step = tickStep(max, target);
  return Math.ceil(max / step - 1e-9) * step;
}

/** The round step (1, 2, 2.5 or 5 times a power of ten) that cuts `max` into at most `target`. */
function tickStep(max: number, target: number): number {
  const rough = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  return (
    // The tolerance keeps float noise in `max` from tipping it onto the next step.
    [1, 2, 2.5, 5, 10]
      .map((factor) => factor * magnitude)
      .find((size) => size >= rough * (1 - 1e-9)) ?? 10 * magnitude
  );
}

/**
 * Which of `count` evenly spaced bars get a label, when each band is `bandWidth` pixels and a
 * label needs `labelWidth`: every k-th from the first, and the last when it does not crowd
 * the one before it.
 */
export function labelledBars(count: number, bandWidth: number, labelWidth: number): number[] {
  if (count <= 0) return [];
  const stride = bandWidth > 0 ? Math.max(1, Math.ceil(labelWidth / bandWidth)) : count;
  const shown: number[] = [];
  for (let index = 0; index < count; index += stride) shown.push(index);
  const last = count - 1;
  const previous = shown[shown.length - 1] ?? 0;
  if (previous !== last) {
    if (last - previous >= stride) shown.push(last);
    else if (shown.length > 1) shown[shown.length - 1] = last;
  }
  return shown;
}

export interface StackedPiece<Key extends string> {
  readonly key: Key;
  /** Top edge in pixels, y growing downwards as in SVG. */
  readonly y: number;
  readonly height: number;
}

/**
 * Stacks `values` bottom first in `order` from the baseline `bottom`, at `pixelsPer` pixels
 * per unit. Empty, negative and non-finite values take no space.
 */
export function stackPieces<Key extends string>(
  values: Readonly<Record<Key, number>>,
  order: readonly Key[],
  pixelsPer: number,
  bottom: number,
): StackedPiece<Key>[] {
  const pieces: StackedPiece<Key>[] = [];
  let edge = bottom;
  for (const key of order) {
    const height = values[key] * pixelsPer;
    if (!(height > 0) || !Number.isFinite(height)) continue;
    edge -= height;
    pieces.push({ key, y: edge, height });
  }
  return pieces;
}

export interface StackedBar<Key extends string> {
  /** Left edge in pixels. */
  readonly x: number;
  readonly values: Readonly<Record<Key, number>>;
}

const px = (value: number) => Math.round(value * 100) / 100;

/**
 * One SVG path per key, holding that key's rectangle in every bar. A chart of P bars then
 * has one element per segment rather than P, whatever P is.
 */
export function stackedBarPaths<Key extends string>(
  bars: readonly StackedBar<Key>[],
  width: number,
  order: readonly Key[],
  pixelsPer: number,
  bottom: number,
): Map<Key, string> {
  const paths = new Map<Key, string>(order.map((key) => [key, '']));
  for (const bar of bars) {
    for (const piece of stackPieces(bar.values, order, pixelsPer, bottom)) {
      const rectangle = `M${px(bar.x)},${px(piece.y)}h${px(width)}v${px(piece.height)}h${px(-width)}Z`;
      paths.set(piece.key, (paths.get(piece.key) ?? '') + rectangle);
    }
  }
  return paths;
}
