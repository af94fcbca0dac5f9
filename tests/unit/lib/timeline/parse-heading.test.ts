import { describe, expect, it } from 'vitest';
import { parseTimelineHeading, type ParsedHeading } from '../../../../src/lib/timeline/parse-heading.ts';

function parse(text: string): ParsedHeading {
  const r = parseTimelineHeading(text);
  if (!r.ok) throw new Error(`${text}: ${r.message}`);
  return r.value;
}

describe('parseTimelineHeading: the forms in the seed report', () => {
  it('reads date, time and zone: "2017-11-30 16:22 PST"', () => {
    expect(parse('2017-11-30 16:22 PST')).toMatchObject({
      date: { year: 2017, month: 11, day: 30 },
      time: { hour: 16, minute: 22 },
      zone: 'PST',
      approximate: false,
    });
  });

  it('reads time and zone: "16:59 PST"', () => {
    const h = parse('16:59 PST');
    expect(h.date).toBeUndefined();
    expect(h).toMatchObject({ time: { hour: 16, minute: 59 }, zone: 'PST' });
  });

  it('reads a bare time: "17:07"', () => {
    const h = parse('17:07');
    expect(h.zone).toBeUndefined();
    expect(h.time).toEqual({ hour: 17, minute: 7 });
  });
});

describe('parseTimelineHeading: the forms in the mybinder reports', () => {
  it('reads an unpadded hour: "4:27"', () => {
    expect(parse('4:27').time).toEqual({ hour: 4, minute: 27 });
  });

  it('reads 12-hour times: "5:32 PM", "07:30am", "2019-03-25 7:01am"', () => {
    expect(parse('5:32 PM').time).toEqual({ hour: 17, minute: 32 });
    expect(parse('07:30am').time).toEqual({ hour: 7, minute: 30 });
    expect(parse('12:15 am').time).toEqual({ hour: 0, minute: 15 });
    expect(parse('12:15 pm').time).toEqual({ hour: 12, minute: 15 });
    expect(parse('2019-03-25 7:01am')).toMatchObject({ date: { year: 2019, month: 3, day: 25 }, time: { hour: 7, minute: 1 } });
  });

  it('reads the odd "17:14pm" as 17:14', () => {
    expect(parse('2018-01-17 17:14pm').time).toEqual({ hour: 17, minute: 14 });
  });

  it('refuses "13:00am", which no clock shows', () => {
    expect(parseTimelineHeading('13:00am').ok).toBe(false);
  });

  it('keeps "~" and "ca." as approximate', () => {
    expect(parse('~13:30')).toMatchObject({ time: { hour: 13, minute: 30 }, approximate: true });
    expect(parse('2018-07-08 ca. 18:30')).toMatchObject({
      date: { year: 2018, month: 7, day: 8 },
      time: { hour: 18, minute: 30 },
      approximate: true,
    });
  });

  it('reads ranges: "8:20 - 8:24", "17:00-18:00", "~13:30-13:45"', () => {
    expect(parse('8:20 - 8:24')).toMatchObject({ time: { hour: 8, minute: 20 }, endTime: { hour: 8, minute: 24 } });
    expect(parse('17:00-18:00')).toMatchObject({ time: { hour: 17, minute: 0 }, endTime: { hour: 18, minute: 0 } });
    const approx = parse('~13:30-13:45');
    expect(approx).toMatchObject({ time: { hour: 13, minute: 30 }, endTime: { hour: 13, minute: 45 }, approximate: true });
    expect(approx.zone).toBeUndefined();
  });

  it('reads a title after " - ": "07:35 - Note pending pods"', () => {
    expect(parse('07:35 - Note pending pods')).toMatchObject({ time: { hour: 7, minute: 35 }, title: 'Note pending pods' });
    expect(parse('2022-06-02 10:00 - Problem starts')).toMatchObject({
      date: { year: 2022, month: 6, day: 2 },
      title: 'Problem starts',
    });
    expect(parse('21:24 - Delete `gke-resource-quotas` and issue goes away').title).toBe(
      'Delete `gke-resource-quotas` and issue goes away',
    );
  });

  it('reads a date-only heading: "2018-01-15"', () => {
    const h = parse('2018-01-15');
    expect(h.date).toEqual({ year: 2018, month: 1, day: 15 });
    expect(h.time).toBeUndefined();
  });

  it('reads "Sep 27 2017 13:06"', () => {
    expect(parse('Sep 27 2017 13:06')).toMatchObject({ date: { year: 2017, month: 9, day: 27 }, time: { hour: 13, minute: 6 } });
  });

  it('reads "Feb 21, 13:00" without a year', () => {
    expect(parse('Feb 21, 13:00')).toMatchObject({ date: { month: 2, day: 21 }, time: { hour: 13, minute: 0 } });
    expect(parse('Feb 21, 13:00').date?.year).toBeUndefined();
  });

  it('reads "19. April, 11:00"', () => {
    expect(parse('19. April, 11:00')).toMatchObject({ date: { month: 4, day: 19 }, time: { hour: 11, minute: 0 } });
  });

  it('keeps "(maybe earlier?)" as a note and marks the time approximate', () => {
    expect(parse('22:52 (maybe earlier?)')).toMatchObject({
      time: { hour: 22, minute: 52 },
      approximate: true,
      note: 'maybe earlier?',
    });
  });

  it('marks "2X:XX (not sure exact time)" as an unknown time, kept with its note', () => {
    expect(parse('2X:XX (not sure exact time)')).toMatchObject({
      time: 'unknown',
      approximate: true,
      note: 'not sure exact time',
    });
  });
});

describe('parseTimelineHeading: zones and milestones', () => {
  it('reads offsets and IANA names as zones', () => {
    expect(parse('10:00 UTC+2').zone).toBe('UTC+2');
    expect(parse('10:00 +05:30').zone).toBe('+05:30');
    expect(parse('10:00 Europe/Berlin').zone).toBe('Europe/Berlin');
    expect(parse('10:00 (CET)').zone).toBe('CET');
  });

  it('keeps a title that starts with a capitalised word instead of reading it as a zone', () => {
    const h = parse('16:59 OOM killer fires');
    expect(h.zone).toBeUndefined();
    expect(h.title).toBe('OOM killer fires');
  });

  it('takes trailing milestone marks off the heading', () => {
    expect(parse('2017-11-30 16:22 PST [started]').milestones).toEqual(['started']);
    expect(parse('17:21 PST [mitigated, resolved]').milestones).toEqual(['mitigated', 'resolved']);
    expect(parse('10:15 - Restart the resolver [mitigated]')).toMatchObject({
      title: 'Restart the resolver',
      milestones: ['mitigated'],
    });
  });

  it('refuses a misspelt milestone rather than dropping it', () => {
    const r = parseTimelineHeading('10:00 [detected, mitigaded]');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('mitigaded');
  });

  it('leaves a bracketed remark that names no milestone in the title', () => {
    expect(parse('10:00 - Rollback [see PR]').title).toBe('Rollback [see PR]');
  });
});

describe('parseTimelineHeading: what it refuses', () => {
  it.each(['Aftermath', 'Investigation', '25:00', '10:75', '2018-13-01 10:00'])('refuses "%s" with a reason', (text) => {
    const r = parseTimelineHeading(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
  });
});
