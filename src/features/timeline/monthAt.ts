/** Which month of the density chart lies under a point: plain geometry, so a tap needs no hover before it. */

/** The plot's box in the chart's own pixels (recharts' `usePlotArea`). */
export interface PlotBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Below the plot, the month labels: a press there picks the month above it. */
const LABEL_BAND = 28;

/**
 * The month whose band holds `point` (chart pixels): the plot is cut into one equal band per month, as the
 * chart's category axis draws them. Outside the plot and its labels, null; with `clamp`, the nearest month
 * (a drag that leaves the plot keeps its end at the edge).
 */
export function monthAt(
  point: { x: number; y: number },
  plot: PlotBox,
  months: readonly string[],
  clamp = false,
): string | null {
  if (!months.length || plot.width <= 0) return null;
  const inside =
    point.x >= plot.x &&
    point.x <= plot.x + plot.width &&
    point.y >= plot.y &&
    point.y <= plot.y + plot.height + LABEL_BAND;
  if (!inside && !clamp) return null;
  const band = Math.floor(((point.x - plot.x) / plot.width) * months.length);
  return months[Math.min(months.length - 1, Math.max(0, band))] ?? null;
}
