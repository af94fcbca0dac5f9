/** Layout for simple vertical bar charts drawn as SVG at build time. */

/** One bar's data. */
export interface BarDatum {
  label: string;
  /** null draws no bar, for a period with no data; 0 draws a flat bar. */
  value: number | null;
}

/** One bar, placed. */
export interface PlacedBar extends BarDatum {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the bar, for its axis label. */
  cx: number;
}

/** A placed chart. */
export interface BarChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: PlacedBar[];
  /** Horizontal grid lines at round values; a duration axis labels them itself, in one unit. */
  ticks: { y: number; value: number; label?: string }[];
  /** Show every n-th axis label so they do not collide. */
  labelEvery: number;
}

/** A round step of 1, 2 or 5 × 10^n that gives about `target` ticks up to `max`. */
export function niceStep(max: number, target = 4): number {
  if (max <= 0) return 1;
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(step, Number.EPSILON);
}

const DURATION_STEPS_MINUTES = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080];

/** A round duration step in minutes (10 min, 1 h, 6 h, 1 d…) giving at most about `target` ticks up to `max`. */
export function durationStep(max: number, target = 4): number {
  return DURATION_STEPS_MINUTES.find((s) => max / s <= target) ?? Math.ceil(max / target / 10080) * 10080;
}

/**
 * A duration axis label in one unit for the whole axis, chosen by its step:
 * `0 h, 12 h, 24 h, 36 h` rather than `12 h 00 min` below `1 d 12 h`.
 */
export function durationTickLabel(minutes: number, step: number): string {
  if (step % 1440 === 0) return `${minutes / 1440} d`;
  if (step % 60 === 0) return `${minutes / 60} h`;
  return `${minutes} min`;
}

/** How values are stepped: any number, whole counts, or minutes at round durations. */
export type ValueScale = 'number' | 'integer' | 'duration';

/** Places bars in a chart of the given size; values are scaled from 0 to a round maximum. */
export function layoutBarChart(
  data: readonly BarDatum[],
  size: { width: number; height: number; scale?: ValueScale },
): BarChartLayout {
  const plot = { left: 72, top: 10, right: size.width - 8, bottom: size.height - 28 };
  const max = Math.max(0, ...data.map((d) => d.value ?? 0));
  let step = size.scale === 'duration' ? durationStep(max) : niceStep(max);
  if (size.scale === 'integer') step = Math.max(1, Math.ceil(step));
  const top = Math.max(step, Math.ceil(max / step) * step);
  const slot = data.length > 0 ? (plot.right - plot.left) / data.length : 0;
  const barWidth = Math.max(1, slot * 0.7);
  const bars = data.map((d, i) => {
    const height = d.value === null ? 0 : ((plot.bottom - plot.top) * d.value) / top;
    const x = plot.left + i * slot + (slot - barWidth) / 2;
    return { ...d, x, y: plot.bottom - height, width: barWidth, height, cx: x + barWidth / 2 };
  });
  const ticks = [];
  for (let value = 0; value <= top + step / 1000; value += step)
    ticks.push({
      y: plot.bottom - ((plot.bottom - plot.top) * value) / top,
      value,
      ...(size.scale === 'duration' ? { label: durationTickLabel(value, step) } : {}),
    });
  const labelEvery = Math.max(1, Math.ceil(56 / Math.max(slot, 1)));
  return { width: size.width, height: size.height, plot, bars, ticks, labelEvery };
}
