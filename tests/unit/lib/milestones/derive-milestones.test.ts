import { describe, expect, it } from 'vitest';
import { deriveMilestones, readMilestoneValue } from '../../../../src/lib/milestones/derive-milestones.ts';
import { computeMetrics, formatDuration } from '../../../../src/lib/milestones/metrics.ts';
import { resolveZone, type Zone } from '../../../../src/lib/timezone.ts';
import { timelineOf } from '../timeline/timeline-of.ts';

const la = (resolveZone('America/Los_Angeles') as { ok: true; value: Zone }).value;
const options = { date: { year: 2017, month: 11, day: 30 }, zone: la };
const seedLike =
  '## Timeline\n\n### 2017-11-30 16:22 PST [started]\n\na\n\n### 16:59 PST [detected]\n\nb\n\n### 17:20 [mitigated]\n\nc\n\n### 17:21 PST [resolved]\n\nd\n';

describe('deriveMilestones', () => {
  it('takes milestones from marked timeline entries, as in the seed', () => {
    const { entries } = timelineOf(seedLike, '2017-11-30', 'America/Los_Angeles');
    const { milestones, issues } = deriveMilestones({}, entries, options);
    expect(issues).toEqual([]);
    expect(Object.fromEntries(Object.entries(milestones).map(([k, v]) => [k, v?.toISOString()]))).toEqual({
      started: '2017-12-01T00:22:00.000Z',
      detected: '2017-12-01T00:59:00.000Z',
      mitigated: '2017-12-01T01:20:00.000Z',
      resolved: '2017-12-01T01:21:00.000Z',
    });
    expect(computeMetrics(milestones)).toEqual({ timeToDetectMinutes: 37, timeToMitigateMinutes: 58, timeToResolveMinutes: 59 });
  });

  it('takes milestones from frontmatter in any written form', () => {
    const { milestones, issues } = deriveMilestones(
      {
        started: { value: '2017-11-30 16:22 PST', line: 5 },
        detected: { value: '16:59', line: 6 },
        resolved: { value: '2017-12-01T01:21:00Z', line: 7 },
      },
      [],
      options,
    );
    expect(issues).toEqual([]);
    expect(milestones.started?.toISOString()).toBe('2017-12-01T00:22:00.000Z');
    expect(milestones.detected?.toISOString()).toBe('2017-12-01T00:59:00.000Z');
    expect(milestones.mitigated).toBeNull();
    expect(computeMetrics(milestones).timeToMitigateMinutes).toBeNull();
  });

  it('reports milestones out of order, naming the field and line', () => {
    const { issues } = deriveMilestones(
      { started: { value: '17:00', line: 5 }, detected: { value: '16:00', line: 6 } },
      [],
      options,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 6, field: 'detected' });
    expect(issues[0]?.message).toMatch(/out of order/);
  });

  it('reports a milestone given both in frontmatter and on an entry', () => {
    const { entries } = timelineOf(seedLike, '2017-11-30', 'America/Los_Angeles');
    const { issues } = deriveMilestones({ started: { value: '16:00', line: 4 } }, entries, options);
    expect(issues.some((i) => i.field === 'started' && /given once/.test(i.message))).toBe(true);
  });

  it('reports a frontmatter milestone that is not a time', () => {
    const { issues } = deriveMilestones({ resolved: { value: 'soon', line: 9 } }, [], options);
    expect(issues[0]).toMatchObject({ line: 9, field: 'resolved' });
  });

  it('reads "16:22" on the report date in the report zone', () => {
    const r = readMilestoneValue('16:22', options);
    expect(r.ok && r.value.toISOString()).toBe('2017-12-01T00:22:00.000Z');
  });
});

describe('formatDuration', () => {
  it.each([
    [37, '37 min'],
    [59, '59 min'],
    [125, '2 h 05 min'],
    [3 * 1440 + 240, '3 d 4 h'],
    [null, '—'],
  ])('%s minutes read as %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});
