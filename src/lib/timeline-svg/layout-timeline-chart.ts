/**
 * Lays out an incident's SVG timeline: axis, phase bands, a marker per entry
 * and labels in rows that never overlap. The component only draws what this
 * returns, so every position here can be tested without a browser.
 */
import type { MilestoneInstants } from '../milestones/milestone.ts';
import { formatDuration } from '../milestones/metrics.ts';
import { displayTime } from '../time-display.ts';
import type { TimelineEntry } from '../timeline/resolve-timeline.ts';
import type { Zone } from '../timezone.ts';
import { assignLanes } from './lanes.ts';
import { axisTicks, type Tick } from './ticks.ts';
import { createTimeScale, type ScaleOptions } from './time-scale.ts';

/** The phase an incident is in between two milestones. */
export type Phase = 'undetected' | 'fixing' | 'recovering';

/** A shaded stretch of the chart between two milestones. */
export interface Band {
  phase: Phase;
  label: string;
  x0: number;
  x1: number;
}

/** How an entry is drawn. */
export type MarkerKind = 'exact' | 'approximate' | 'range' | 'unknown';

/** One entry on the chart, with its label. */
export interface Marker {
  kind: MarkerKind;
  x: number;
  /** The end of a range. */
  x2?: number;
  /** ISO 8601 UTC; absent for an unknown time. */
  iso?: string;
  /** Tooltip text: the time in the zone and in UTC, and what happened. */
  title: string;
  label: string;
  /** The label's left edge. */
  labelX: number;
  labelY: number;
  /** Where the leader line from the marker meets the label: under the marker when it can. */
  leaderX: number;
  lane: number;
  milestones: string[];
}

/** Everything the component draws. */
export interface TimelineChart {
  width: number;
  height: number;
  axisY: number;
  ticks: Tick[];
  bands: Band[];
  breaks: { x: number; label: string }[];
  markers: Marker[];
  /** One-sentence summary for the SVG's <desc>. */
  description: string;
}

/** What the layout needs to know about an incident. */
export interface ChartInput {
  title: string;
  timeline: TimelineEntry[];
  milestones: MilestoneInstants;
  zone: Zone;
}

const AXIS_Y = 58;
const BAND_HEIGHT = 22;
const FIRST_LANE_Y = 96;
const LANE_HEIGHT = 20;
const CHAR_WIDTH = 6.4;
const LABEL_GAP = 10;
const LABEL_CHARS = 30;
// A tooltip names the entry; its whole text is in the list below the chart, so a
// long paragraph is not repeated in the page.
const TOOLTIP_CHARS = 200;

const PHASES: { phase: Phase; from: keyof MilestoneInstants; to: keyof MilestoneInstants; label: string }[] = [
  { phase: 'undetected', from: 'started', to: 'detected', label: 'Undetected' },
  { phase: 'fixing', from: 'detected', to: 'mitigated', label: 'Being fixed' },
  { phase: 'recovering', from: 'mitigated', to: 'resolved', label: 'Recovering' },
];

/** The first `length` characters of `text` with its whitespace collapsed, with "…" when cut. */
export function truncateLabel(text: string, length: number): string {
  // Only the start can show, so only the start is collapsed: collapsing a long
  // entry's whole text cost a copy of it per label. A start that is mostly
  // whitespace may collapse to too little; then the whole text is used.
  const head = text.length > length * 4 ? text.slice(0, length * 4) : text;
  let flat = head.replace(/\s+/g, ' ').trim();
  if (head !== text && flat.length <= length) flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

function gapLabel(from: Date, to: Date): string {
  return `+${formatDuration(Math.round((to.getTime() - from.getTime()) / 60_000))}`;
}

/** The chart for an incident, or null when no entry has a time. */
export function layoutTimelineChart(input: ChartInput, options: Partial<ScaleOptions> = {}): TimelineChart | null {
  const timed = input.timeline.filter((e) => e.at !== null);
  if (timed.length === 0) return null;
  const instants = [
    ...timed.flatMap((e) => (e.endAt ? [e.at as Date, e.endAt] : [e.at as Date])),
    ...Object.values(input.milestones).filter((d): d is Date => d !== null),
  ];
  const scale = createTimeScale(instants, options);

  // An entry with an unknown time sits midway between the entries around it.
  const xs = input.timeline.map((e) => (e.at ? scale.x(e.at) : undefined));
  const placed = xs.map((x, i) => {
    if (x !== undefined) return x;
    const before =
      xs
        .slice(0, i)
        .reverse()
        .find((v) => v !== undefined) ?? scale.x(instants.reduce((a, b) => (a < b ? a : b)));
    const after = xs.slice(i + 1).find((v) => v !== undefined) ?? before;
    return (before + after) / 2;
  });

  const drafts = input.timeline.map((entry, i) => {
    const x = placed[i] as number;
    const time = entry.at ? displayTime(entry.at, input.zone) : undefined;
    const what = entry.text || entry.title || entry.original;
    const timeText = time ? (entry.precision === 'day' ? time.localDate : time.local.split(' ')[0]) : '?';
    const label = `${entry.approximate && time ? '≈' : ''}${timeText} ${truncateLabel(what, LABEL_CHARS)}`;
    const width = label.length * CHAR_WIDTH;
    // A label starts at its marker; one that would run off the right edge ends at it instead.
    const labelX = x - 4 + width <= scale.width - 4 ? Math.max(4, x - 4) : Math.max(4, x + 4 - width);
    const kind: MarkerKind = !entry.at ? 'unknown' : entry.endAt ? 'range' : entry.approximate ? 'approximate' : 'exact';
    const tip = truncateLabel(what, TOOLTIP_CHARS);
    const title = time
      ? `${time.localDate} ${time.local} (${time.utc})${entry.approximate ? ', approximate' : ''}: ${tip}`
      : `Time unknown (${entry.original}): ${tip}`;
    return { entry, x, label, width, labelX, kind, title };
  });
  const lanes = assignLanes(
    drafts.map((d) => ({ x: d.labelX, width: d.width })),
    LABEL_GAP,
  );
  const laneCount = Math.max(...lanes) + 1;

  const markers: Marker[] = drafts.map((d, i) => ({
    kind: d.kind,
    x: d.x,
    ...(d.entry.endAt ? { x2: scale.x(d.entry.endAt) } : {}),
    ...(d.entry.at ? { iso: d.entry.at.toISOString() } : {}),
    title: d.title,
    label: d.label,
    labelX: d.labelX,
    leaderX: Math.min(Math.max(d.x, d.labelX + 3), d.labelX + d.width - 3),
    labelY: FIRST_LANE_Y + (lanes[i] as number) * LANE_HEIGHT,
    lane: lanes[i] as number,
    milestones: d.entry.milestones,
  }));

  const bands: Band[] = PHASES.flatMap(({ phase, from, to, label }) => {
    const a = input.milestones[from];
    const b = input.milestones[to];
    return a && b ? [{ phase, label, x0: scale.x(a), x1: scale.x(b) }] : [];
  });

  const first = instants.reduce((a, b) => (a < b ? a : b));
  const last = instants.reduce((a, b) => (a > b ? a : b));
  const unknown = input.timeline.length - timed.length;
  const milestoneText = PHASES.map((p) => p.from)
    .concat('resolved')
    .flatMap((m) => (input.milestones[m] ? [`${m} ${displayTime(input.milestones[m], input.zone).local}`] : []))
    .join(', ');
  const description =
    `${input.timeline.length} timeline entries from ${displayTime(first, input.zone).local} to ${displayTime(last, input.zone).local}` +
    ` (${formatDuration(Math.round((last.getTime() - first.getTime()) / 60_000))})` +
    (unknown > 0 ? `, ${unknown} at an unknown time` : '') +
    (milestoneText ? `; ${milestoneText}` : '') +
    '. The list of timeline entries below gives the same information as text.';

  return {
    width: scale.width,
    height: FIRST_LANE_Y + laneCount * LANE_HEIGHT + 8,
    axisY: AXIS_Y,
    ticks: axisTicks(scale, input.zone),
    bands: bands.map((b) => ({ ...b, x1: Math.max(b.x1, b.x0 + 2) })),
    breaks: scale.breaks.map((b) => ({ x: b.x, label: gapLabel(b.from, b.to) })),
    markers,
    description,
  };
}

/** Vertical geometry shared with the component. */
export const CHART_GEOMETRY = { AXIS_Y, BAND_HEIGHT, FIRST_LANE_Y, LANE_HEIGHT };
