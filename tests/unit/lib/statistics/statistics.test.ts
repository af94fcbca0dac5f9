import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../../src/lib/incidents/incident-model.ts';
import { durationStep, durationTickLabel, layoutBarChart, niceStep } from '../../../../src/lib/statistics/bar-chart.ts';
import { computeIncidentStats } from '../../../../src/lib/statistics/incident-stats.ts';
import { median } from '../../../../src/lib/statistics/median.ts';
import { chooseUnit, periodOf, periodsBetween } from '../../../../src/lib/statistics/periods.ts';

function incident(
  id: string,
  date: string,
  ttd: number | null,
  ttr: number | null,
  extra: { severity?: 'sev1' | 'sev2'; services?: string[] } = {},
): Incident {
  return {
    id,
    data: { title: id, date, severity: extra.severity, services: extra.services ?? [] },
    metrics: { timeToDetectMinutes: ttd, timeToMitigateMinutes: null, timeToResolveMinutes: ttr },
  } as unknown as Incident;
}

describe('periods', () => {
  it('names months and quarters', () => {
    expect(periodOf('2017-11-30', 'month')).toBe('2017-11');
    expect(periodOf('2017-11-30', 'quarter')).toBe('2017-Q4');
    expect(periodOf('2018-01-01', 'quarter')).toBe('2018-Q1');
  });

  it('lists every period between two, across years, leaving none out', () => {
    expect(periodsBetween('2017-Q3', '2018-Q2', 'quarter')).toEqual(['2017-Q3', '2017-Q4', '2018-Q1', '2018-Q2']);
    expect(periodsBetween('2017-11', '2018-02', 'month')).toEqual(['2017-11', '2017-12', '2018-01', '2018-02']);
  });

  it('groups by month over two years or less, by quarter beyond', () => {
    expect(chooseUnit('2024-01-05', '2025-12-20')).toBe('month');
    expect(chooseUnit('2017-11-30', '2025-11-20')).toBe('quarter');
  });
});

describe('median', () => {
  it.each([
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
    [[], null],
  ])('median of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('computeIncidentStats', () => {
  const incidents = [
    incident('a', '2024-01-10', 10, 60, { severity: 'sev1', services: ['api'] }),
    incident('b', '2024-02-01', 30, 90, { services: ['api', 'db'] }),
    incident('c', '2024-04-15', null, 20, { severity: 'sev2' }),
    incident('d', '2024-04-20', 5, null, { severity: 'sev2', services: ['db'] }),
  ];
  const stats = computeIncidentStats(incidents, 'month');

  it('counts every month from the first incident to the last, empty ones as zero', () => {
    expect(stats.periods.map((p) => [p.period, p.count])).toEqual([
      ['2024-01', 1],
      ['2024-02', 1],
      ['2024-03', 0],
      ['2024-04', 2],
    ]);
  });

  it('takes medians only over incidents that have the milestones', () => {
    const april = stats.periods.find((p) => p.period === '2024-04');
    expect(april).toMatchObject({ medianTimeToDetectMinutes: 5, medianTimeToResolveMinutes: 20 });
    expect(stats.periods.find((p) => p.period === '2024-03')?.medianTimeToDetectMinutes).toBeNull();
    expect(stats.excluded).toEqual({ timeToDetect: 1, timeToResolve: 1 });
  });

  it('breaks incidents down by severity (unrated included) and by service, busiest first', () => {
    expect(stats.bySeverity).toEqual([
      { severity: 'sev1', count: 1 },
      { severity: 'sev2', count: 2 },
      { severity: 'unrated', count: 1 },
    ]);
    expect(stats.byService).toEqual([
      { service: 'api', count: 2 },
      { service: 'db', count: 2 },
    ]);
  });

  it('lists each incident oldest first with its durations', () => {
    expect(stats.incidents.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(stats.incidents[0]).toMatchObject({ timeToDetectMinutes: 10, timeToResolveMinutes: 60, period: '2024-01' });
  });

  it('handles no incidents at all', () => {
    expect(computeIncidentStats([])).toMatchObject({ incidentCount: 0, periods: [], incidents: [] });
  });
});

describe('bar chart layout', () => {
  it('picks round steps', () => {
    expect(niceStep(7)).toBe(2);
    expect(niceStep(95)).toBe(50);
    expect(durationStep(59)).toBe(15);
    expect(durationStep(2 * 1440)).toBe(720);
  });

  it('keeps bars inside the plot, with heights in proportion and zero bars flat', () => {
    const chart = layoutBarChart(
      [
        { label: 'a', value: 2 },
        { label: 'b', value: 0 },
        { label: 'c', value: 4 },
        { label: 'd', value: null },
      ],
      { width: 400, height: 200, scale: 'integer' },
    );
    const [a, b, c, d] = chart.bars;
    expect((c?.height ?? 0) / (a?.height ?? 1)).toBeCloseTo(2);
    expect(b?.height).toBe(0);
    expect(d?.height).toBe(0);
    for (const bar of chart.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plot.right);
      expect(bar.y).toBeGreaterThanOrEqual(chart.plot.top);
    }
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4]);
  });

  it.each([
    ['minutes', 50, ['0 min', '15 min', '30 min', '45 min', '60 min']],
    ['hours, for a step of 12 hours', 36 * 60 - 20, ['0 h', '12 h', '24 h', '36 h']],
    ['days', 5 * 1440, ['0 d', '2 d', '4 d', '6 d']],
  ])('labels a duration axis in one unit: %s', (_, max, labels) => {
    const chart = layoutBarChart([{ label: 'a', value: max }], { width: 400, height: 200, scale: 'duration' });
    expect(chart.ticks.map((t) => t.label)).toEqual(labels);
  });

  it('names a tick in the unit of its step, whatever its value', () => {
    expect(durationTickLabel(2160, 720)).toBe('36 h');
    expect(durationTickLabel(2880, 1440)).toBe('2 d');
    expect(durationTickLabel(90, 30)).toBe('90 min');
  });
});
