/** The memory charts' fixed height and where their plot, bars and labels sit within it. */
export const CHART_HEIGHT = 300;

const MARGIN = { top: 22, right: 8, bottom: 26, left: 60 };
export const FONT_SIZE = 12;
/** Wide enough for any digit or Latin letter at 12 px, so estimated labels never overlap. */
const CHAR_WIDTH = 7;

/** An upper bound on the width of a label at the charts' font size, in pixels. */
export const textWidth = (text: string): number => text.length * CHAR_WIDTH;
const LABEL_GAP = 6;
/** Share of each GPU's band left empty between bars. */
const BAR_GAP = 0.18;

export interface ChartGeometry {
  readonly plotLeft: number;
  readonly plotTop: number;
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly baseline: number;
  readonly pixelsPerGiB: number;
  /** Width of one GPU's slot, and of the bar drawn in it. */
  readonly band: number;
  readonly barWidth: number;
  readonly labelWidth: number;
}

/** Where the plot sits in a chart `width` pixels wide with `count` bars. */
export function chartGeometry(
  width: number,
  count: number,
  axisMax: number,
  widestLabel: string,
): ChartGeometry {
  const labelWidth = textWidth(widestLabel) + LABEL_GAP;
  const slots = Math.max(1, count);
  // The last bar's label is centred on it; the right margin leaves room for its second half.
  const roughBand = (width - MARGIN.left - MARGIN.right) / slots;
  const marginRight = Math.max(MARGIN.right, labelWidth / 2 - roughBand / 2);
  const plotWidth = Math.max(1, width - MARGIN.left - marginRight);
  const plotHeight = CHART_HEIGHT - MARGIN.top - MARGIN.bottom;
  const band = plotWidth / slots;
  return {
    plotLeft: MARGIN.left,
    plotTop: MARGIN.top,
    plotWidth,
    plotHeight,
    baseline: MARGIN.top + plotHeight,
    pixelsPerGiB: axisMax > 0 ? plotHeight / axisMax : 0,
    band,
    barWidth: Math.max(1, band * (1 - BAR_GAP)),
    labelWidth,
  };
}
