import { describe, expect, it } from 'vitest';
import {
  layoutTimelineChart,
  truncateLabel,
  type TimelineChart,
} from '../../../../src/lib/timeline-svg/layout-timeline-chart.ts';
import { extent, type Tick } from '../../../../src/lib/timeline-svg/ticks.ts';
import { BURST, entry, FIVE_DAYS, LA, NO_MILESTONES, SEED } from './fixtures.ts';

const layout = (timeline = SEED, milestones = NO_MILESTONES) =>
  layoutTimelineChart({ title: 'x', timeline, milestones, zone: LA }) as TimelineChart;

/** Labels estimated at the layout's character width never overlap within a lane. */
function labelsOverlap(chart: TimelineChart): boolean {
  const boxes = chart.markers.map((m) => ({ lane: m.lane, x0: m.labelX, x1: m.labelX + m.label.length * 6.4 }));
  return boxes.some((a, i) => boxes.some((b, j) => i !== j && a.lane === b.lane && a.x0 < b.x1 && b.x0 < a.x1));
}

describe('layoutTimelineChart', () => {
  it('draws one marker per entry, unknown times included', () => {
    const timeline = [...SEED.slice(0, 3), entry(null, 'no idea when'), ...SEED.slice(3)];
    expect(layout(timeline).markers).toHaveLength(timeline.length);
  });

  it('orders markers left to right by time', () => {
    const markers = layout().markers.filter((m) => m.iso);
    const byTime = [...markers].sort((a, b) => (a.iso as string).localeCompare(b.iso as string));
    expect(byTime.map((m) => m.x)).toEqual([...byTime.map((m) => m.x)].sort((a, b) => a - b));
  });

  it('places an unknown-time entry between its neighbours', () => {
    const timeline = [entry('2024-01-01T10:00:00Z'), entry(null), entry('2024-01-01T11:00:00Z')];
    const [a, unknown, c] = layout(timeline).markers;
    expect(unknown?.kind).toBe('unknown');
    expect(unknown?.iso).toBeUndefined();
    expect(unknown?.x).toBeCloseTo(((a?.x as number) + (c?.x as number)) / 2);
  });

  it('draws approximate entries and ranges as such', () => {
    const timeline = [
      entry('2024-01-01T10:00:00Z', 'about then', { approximate: true }),
      entry('2024-01-01T10:10:00Z', 'a while', { endAt: new Date('2024-01-01T10:20:00Z') }),
    ];
    const [approx, range] = layout(timeline).markers;
    expect(approx?.kind).toBe('approximate');
    expect(range?.kind).toBe('range');
    expect((range?.x2 as number) > (range?.x as number)).toBe(true);
  });

  it.each([
    ['the seed', SEED],
    ['a five-day incident', FIVE_DAYS],
    ['forty entries in ten minutes', BURST],
  ])('never overlaps two labels for %s', (_, timeline) => {
    expect(labelsOverlap(layout(timeline))).toBe(false);
  });

  it('draws a band for each phase whose two milestones are known', () => {
    const milestones = {
      started: SEED[0]?.at ?? null,
      detected: SEED[1]?.at ?? null,
      mitigated: null,
      resolved: SEED[10]?.at ?? null,
    };
    const chart = layout(SEED, milestones);
    expect(chart.bands.map((b) => b.phase)).toEqual(['undetected']);
    expect(chart.description).toMatch(/started 16:22 PST, detected 16:59 PST, resolved 17:21 PST/);
  });

  it('labels the axis in the incident zone with UTC alongside', () => {
    const ticks = layout().ticks;
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.every((t) => / P[SD]T$/.test(t.local) && / UTC$/.test(t.utc))).toBe(true);
  });

  it('keeps axis labels from running into each other', () => {
    for (const timeline of [SEED, FIVE_DAYS, BURST]) {
      const ticks = layout(timeline).ticks;
      for (let i = 1; i < ticks.length; i++) expect(extent(ticks[i - 1] as Tick)[1]).toBeLessThan(extent(ticks[i] as Tick)[0]);
    }
  });

  it('marks compressed gaps with their length', () => {
    const chart = layout(FIVE_DAYS);
    expect(chart.breaks.length).toBeGreaterThan(0);
    expect(chart.breaks[0]?.label).toMatch(/^\+\d+ (h|d)/);
  });

  it('returns null when no entry has a time', () => {
    expect(layoutTimelineChart({ title: 'x', timeline: [entry(null)], milestones: NO_MILESTONES, zone: LA })).toBeNull();
  });
});

describe('truncateLabel', () => {
  // What a label should be: the whole text collapsed, then cut.
  const reference = (text: string, length: number) => {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
  };
  const word = 'proxy ';

  it.each([
    ['short text', 'Pod restarted'],
    ['text of exactly the length', 'x'.repeat(30)],
    ['long text', word.repeat(10_000)],
    ['a long start of whitespace', `a${' '.repeat(500)}b and then more words`],
    ['a long start of whitespace, then long text', `  \n\t${' '.repeat(200)}${word.repeat(100)}`],
    ['new lines and tabs', 'OOMKilling\n\tthe\n\nproxy pod on node-7 again and again'],
    ['only whitespace', ' '.repeat(1000)],
  ])('gives what collapsing the whole text would, for %s', (_, text) => {
    expect(truncateLabel(text, 30)).toBe(reference(text, 30));
  });
});

describe('marker tooltips', () => {
  it('hold a short entry whole and cut a long one, whose whole text is in the list', () => {
    const long = `Memory of the proxy pod rose ${'and rose '.repeat(200)}until it was killed.`;
    const chart = layout([entry('2017-11-30T16:22:00-08:00', 'Pod restarted'), entry('2017-11-30T16:59:00-08:00', long)]);
    const [short, cut] = chart.markers;
    expect(short?.title).toMatch(/: Pod restarted$/);
    expect(cut?.title).toMatch(/: Memory of the proxy pod rose and rose .*…$/);
    expect(cut?.title.length).toBeLessThan(260);
  });
});

describe('label placement', () => {
  const span = (m: TimelineChart['markers'][number]) => ({ x0: m.labelX, x1: m.labelX + m.label.length * 6.4 });

  // A dense burst reuses a higher row once it is free again (first fit), so that
  // 40 entries in ten minutes take ten rows, not forty; its labels never overlap.
  // Near the right edge, a later entry with a longer label used to be put above an earlier, shorter one.
  const NEAR_THE_END = [
    entry('2017-11-30T16:00:00-08:00', 'Started'),
    entry('2017-11-30T17:14:00-08:00', 'Chris looks'),
    entry('2017-11-30T17:20:00-08:00', 'The proxy pod works again and again'),
  ];

  it.each([
    ['the seed', SEED],
    ['five days', FIVE_DAYS],
    ['labels near the right edge', NEAR_THE_END],
  ])('stacks overlapping labels in timeline order, for %s', (_, timeline) => {
    const { markers } = layout(timeline);
    markers.forEach((a, i) =>
      markers.slice(i + 1).forEach((b, k) => {
        const [sa, sb] = [span(a), span(b)];
        if (sa.x0 < sb.x1 && sb.x0 < sa.x1) expect(a.lane, `entries ${i} and ${i + 1 + k}`).toBeLessThan(b.lane);
      }),
    );
  });

  it('keeps every label inside the chart and ends it at its marker near the right edge', () => {
    const chart = layout(SEED);
    for (const m of chart.markers) {
      const { x0, x1 } = span(m);
      expect(x0).toBeGreaterThanOrEqual(4);
      expect(x1).toBeLessThanOrEqual(chart.width - 4 + 0.001);
    }
    const last = chart.markers.at(-1);
    expect(last && span(last).x1).toBeCloseTo((last?.x ?? 0) + 4, 5);
  });

  it('runs each leader straight down to its label wherever the label spans the marker', () => {
    for (const m of layout(SEED).markers) {
      const { x0, x1 } = span(m);
      expect(m.leaderX).toBeGreaterThanOrEqual(x0);
      expect(m.leaderX).toBeLessThanOrEqual(x1);
      if (m.x >= x0 + 3 && m.x <= x1 - 3) expect(m.leaderX).toBe(m.x);
    }
  });
});
