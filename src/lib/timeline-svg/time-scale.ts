/**
 * A piecewise-linear time scale for incident timelines. Quiet gaps that are
 * long compared with the incident are drawn at a fixed small width with a
 * break, so a 5-minute incident and a 5-day one both fill the chart; and
 * instants that are close together get a minimum spacing, so 40 entries in
 * 10 minutes stay apart.
 */

/** A compressed gap, drawn as a break mark. */
export interface ScaleBreak {
  /** Where the break is drawn, in the middle of its fixed width. */
  x: number;
  from: Date;
  to: Date;
}

/** One stretch of the scale between two consecutive instants. */
interface Segment {
  from: number;
  to: number;
  x0: number;
  x1: number;
  compressed: boolean;
}

/** Maps instants to x positions. */
export interface TimeScale {
  /** The x of an instant; instants outside the domain are clamped to its ends. */
  x: (instant: Date) => number;
  /** The full width the scale uses, left padding included. */
  width: number;
  breaks: ScaleBreak[];
  /** Stretches drawn to scale (not compressed), for placing ticks. */
  runs: { from: Date; to: Date; x0: number; x1: number }[];
}

/** How the scale is fitted. */
export interface ScaleOptions {
  /** The width to fill; the scale grows beyond it only when the minimum spacing demands. */
  width: number;
  /** Space kept free at each end. */
  padding: number;
  /** Gaps longer than this fraction of the whole span, and longer than `minGapMinutes`, are compressed. */
  gapFraction: number;
  minGapMinutes: number;
  /** The width a compressed gap is drawn at. */
  breakWidth: number;
  /** The least distance between two distinct instants. */
  minSpacing: number;
}

/** Defaults: gaps over two hours (and over 5% of the span) are compressed, so the seed's 37-minute undetected stretch stays to scale while every quiet night of a 5-day incident shrinks to a break. */
export const DEFAULT_SCALE_OPTIONS: ScaleOptions = {
  width: 900,
  padding: 24,
  gapFraction: 0.05,
  minGapMinutes: 120,
  breakWidth: 36,
  minSpacing: 8,
};

/** Fits a scale to the instants (any order, duplicates allowed). */
export function createTimeScale(instants: Date[], options: Partial<ScaleOptions> = {}): TimeScale {
  const o = { ...DEFAULT_SCALE_OPTIONS, ...options };
  const times = [...new Set(instants.map((d) => d.getTime()))].sort((a, b) => a - b);
  if (times.length === 0) return { x: () => o.padding, width: o.width, breaks: [], runs: [] };
  if (times.length === 1) {
    const only = times[0] as number;
    const middle = o.width / 2;
    return {
      x: () => middle,
      width: o.width,
      breaks: [],
      runs: [{ from: new Date(only), to: new Date(only), x0: middle, x1: middle }],
    };
  }

  const span = (times.at(-1) as number) - (times[0] as number);
  const gapLimit = Math.max(o.minGapMinutes * 60_000, span * o.gapFraction);
  const gaps = times
    .slice(1)
    .map((to, i) => ({ from: times[i] as number, to, compressed: to - (times[i] as number) > gapLimit }));

  // Share the width left after the breaks among the other gaps in proportion
  // to their length, raising any below the minimum spacing to it.
  const inner = o.width - 2 * o.padding - gaps.filter((g) => g.compressed).length * o.breakWidth;
  const open = gaps.filter((g) => !g.compressed);
  const atMinimum = new Set<(typeof gaps)[number]>();
  let perMs = 0;
  for (let round = 0; round <= open.length; round++) {
    const free = open.filter((g) => !atMinimum.has(g));
    const freeMs = free.reduce((sum, g) => sum + (g.to - g.from), 0);
    const room = inner - atMinimum.size * o.minSpacing;
    perMs = freeMs > 0 ? Math.max(room, 0) / freeMs : 0;
    const tooNarrow = free.filter((g) => (g.to - g.from) * perMs < o.minSpacing);
    if (tooNarrow.length === 0) break;
    for (const g of tooNarrow) atMinimum.add(g);
  }

  const segments: Segment[] = [];
  let x = o.padding;
  for (const g of gaps) {
    const w = g.compressed ? o.breakWidth : atMinimum.has(g) ? o.minSpacing : (g.to - g.from) * perMs;
    segments.push({ from: g.from, to: g.to, x0: x, x1: x + w, compressed: g.compressed });
    x += w;
  }
  const width = Math.max(o.width, x + o.padding);

  const scaleX = (instant: Date): number => {
    const t = instant.getTime();
    const first = segments[0] as Segment;
    const last = segments.at(-1) as Segment;
    if (t <= first.from) return first.x0;
    if (t >= last.to) return last.x1;
    const s = segments.find((seg) => t >= seg.from && t <= seg.to) ?? last;
    return s.x0 + ((t - s.from) / (s.to - s.from)) * (s.x1 - s.x0);
  };

  const runs: TimeScale['runs'] = [];
  for (const s of segments) {
    const previous = runs.at(-1);
    if (s.compressed) continue;
    if (previous && previous.to.getTime() === s.from && previous.x1 === s.x0) {
      previous.to = new Date(s.to);
      previous.x1 = s.x1;
    } else {
      runs.push({ from: new Date(s.from), to: new Date(s.to), x0: s.x0, x1: s.x1 });
    }
  }
  const breaks = segments
    .filter((s) => s.compressed)
    .map((s) => ({ x: (s.x0 + s.x1) / 2, from: new Date(s.from), to: new Date(s.to) }));
  return { x: scaleX, width, breaks, runs };
}
