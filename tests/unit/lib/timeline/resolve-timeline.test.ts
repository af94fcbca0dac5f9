import { describe, expect, it } from 'vitest';
import { instants, timelineOf } from './timeline-of.ts';

const md = (...headings: string[]) => `## Timeline\n\n${headings.map((h) => `### ${h}\n\nSomething happened.\n`).join('\n')}`;

describe('resolveTimeline: dates and zones carry forward', () => {
  it('places the seed timeline: date and zone, zone only, then bare times in the last zone given', () => {
    const body = md('2017-11-30 16:22 PST', '16:59 PST', '17:07', '17:21 PST');
    expect(instants(body, '2017-11-30', 'America/Los_Angeles')).toEqual([
      '2017-12-01T00:22:00.000Z',
      '2017-12-01T00:59:00.000Z',
      '2017-12-01T01:07:00.000Z',
      '2017-12-01T01:21:00.000Z',
    ]);
  });

  it('reads a bare time in the last zone given, not the report zone', () => {
    // The report is in Berlin, but the author switched to UTC.
    expect(instants(md('10:00', '09:30 UTC', '09:45'), '2024-01-10', 'Europe/Berlin')).toEqual([
      '2024-01-10T09:00:00.000Z',
      '2024-01-10T09:30:00.000Z',
      '2024-01-10T09:45:00.000Z',
    ]);
  });

  it('uses the report zone, with daylight saving, before any zone is written', () => {
    expect(instants(md('12:35'), '2018-04-18', 'Europe/Berlin')).toEqual(['2018-04-18T10:35:00.000Z']);
  });

  it('rolls a bare time that goes back to the next day', () => {
    expect(instants(md('2025-11-20 23:40 EST', '23:55', '00:20', '01:05'), '2025-11-20', 'America/New_York')).toEqual([
      '2025-11-21T04:40:00.000Z',
      '2025-11-21T04:55:00.000Z',
      '2025-11-21T05:20:00.000Z',
      '2025-11-21T06:05:00.000Z',
    ]);
  });

  it('rolls a morning time after an evening one to the next morning', () => {
    expect(instants(md('2024-05-01 18:00', '09:00'), '2024-05-01', 'UTC')).toEqual([
      '2024-05-01T18:00:00.000Z',
      '2024-05-02T09:00:00.000Z',
    ]);
  });

  it('changes day at a date-only heading and keeps it as a day-precision entry', () => {
    const { entries } = timelineOf(md('2018-01-15', '2018-01-16', '17:14', '18:57'), '2018-01-15', 'America/Los_Angeles');
    expect(entries.map((e) => e.precision)).toEqual(['day', 'day', 'minute', 'minute']);
    expect(entries[2]?.at?.toISOString()).toBe('2018-01-17T01:14:00.000Z');
    expect(entries[0]?.approximate).toBe(true);
  });

  it('takes the year of "Feb 21, 13:00" from the entries before it', () => {
    const body = `## Timeline\n\n### Feb 20 2018 22:52\n\nx\n\n## Feb 21, 13:00\n\ny\n\n### 15:15\n\nz\n`;
    expect(instants(body, '2018-02-20', 'CET')).toEqual([
      '2018-02-20T21:52:00.000Z',
      '2018-02-21T12:00:00.000Z',
      '2018-02-21T14:15:00.000Z',
    ]);
  });

  it('takes a year-less date in early January after December as the next year', () => {
    expect(instants(md('2023-12-31 23:00', 'Jan 1, 01:00'), '2023-12-31', 'UTC')).toEqual([
      '2023-12-31T23:00:00.000Z',
      '2024-01-01T01:00:00.000Z',
    ]);
  });

  it('places both ends of a range, rolling the end past midnight', () => {
    const { entries } = timelineOf(md('2024-01-01 23:50 - 00:10'), '2024-01-01', 'UTC');
    expect(entries[0]?.at?.toISOString()).toBe('2024-01-01T23:50:00.000Z');
    expect(entries[0]?.endAt?.toISOString()).toBe('2024-01-02T00:10:00.000Z');
  });

  it('keeps an unknown time in place, marked unknown, without moving the day', () => {
    const { entries, issues } = timelineOf(md('2018-02-20 19:52', '2X:XX (not sure exact time)', '21:57'), '2018-02-20', 'CET');
    expect(issues).toEqual([]);
    expect(entries.map((e) => e.precision)).toEqual(['minute', 'unknown', 'minute']);
    expect(entries[1]?.at).toBeNull();
    expect(entries[2]?.at?.toISOString()).toBe('2018-02-20T20:57:00.000Z');
  });
});

describe('resolveTimeline: what it reports', () => {
  it('reports an entry slightly earlier than the one before it as out of order, with both lines', () => {
    const { entries, issues } = timelineOf(md('2018-04-18 14:49', '14:43', '14:55'), '2018-04-18', 'Europe/Berlin');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.line).toBe(7);
    expect(issues[0]?.message).toMatch(/"14:43" is out of order.*line 3/);
    // Kept on its own day, where the author meant it, not moved a day later.
    expect(entries[1]?.at?.toISOString()).toBe('2018-04-18T12:43:00.000Z');
  });

  it('reports an explicit date that goes back', () => {
    const { issues } = timelineOf(md('2024-05-02 10:00', '2024-05-01 11:00'), '2024-05-01', 'UTC');
    expect(issues[0]?.message).toMatch(/out of order.*fix the date/);
  });

  it('reports an unreadable heading with its line and text, and keeps the entry', () => {
    const { entries, issues } = timelineOf(md('10:00', 'Aftermath', '11:00'), '2024-05-01', 'UTC');
    expect(entries).toHaveLength(3);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 7, field: 'timeline' });
    expect(issues[0]?.message).toContain('"Aftermath"');
  });

  it('reports a local time that does not exist at the spring change', () => {
    const { issues } = timelineOf(md('2024-03-31 02:30'), '2024-03-31', 'Europe/Berlin');
    expect(issues[0]?.message).toMatch(/does not exist in Europe\/Berlin/);
  });

  it('accepts the repeated hour when the entry gives its offset', () => {
    const { issues, entries } = timelineOf(md('2024-10-27 02:30 +01:00'), '2024-10-27', 'Europe/Berlin');
    expect(issues).toEqual([]);
    expect(entries[0]?.at?.toISOString()).toBe('2024-10-27T01:30:00.000Z');
  });
});

describe('extractTimeline: finding the section', () => {
  it('finds the Timeline heading at any level and entries at any deeper level', () => {
    const body = '# Report\n\n### Timeline\n\n#### 10:00\n\na\n\n#### 10:05\n\nb\n\n### Lessons\n\n#### 10:10 not an entry\n';
    expect(instants(body, '2024-01-01', 'UTC')).toEqual(['2024-01-01T10:00:00.000Z', '2024-01-01T10:05:00.000Z']);
  });

  it('treats deeper headings inside an entry as part of it', () => {
    const body = '## Timeline\n\n### 10:00\n\n#### Details\n\ntext\n\n### 10:05\n\nb\n';
    const { entries, issues } = timelineOf(body, '2024-01-01', 'UTC');
    expect(issues).toEqual([]);
    expect(entries).toHaveLength(2);
  });

  it('ignores headings inside code blocks', () => {
    const body = '## Timeline\n\n### 10:00\n\n```\n### 09:00 not a heading\n```\n\n### 10:05\n\nb\n';
    expect(instants(body, '2024-01-01', 'UTC')).toHaveLength(2);
  });

  it('uses the title as the entry text, or else the first paragraph', () => {
    const body =
      '## Timeline\n\nAll times in UTC\n\n### 10:00 - Alert fires\n\nMore.\n\n### 10:05\n\nPager goes off.\n\nSecond paragraph.\n';
    expect(timelineOf(body, '2024-01-01', 'UTC').entries.map((e) => e.text)).toEqual(['Alert fires', 'Pager goes off.']);
  });
});
