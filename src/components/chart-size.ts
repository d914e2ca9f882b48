/** Shared by the chart and its placeholder, so the page does not jump when charts load. */
export const CHART_HEIGHT = 300;
