import { describe, expect, it } from 'vitest';
import { formatInTimeZone } from 'date-fns-tz';
import { formatInZone, offsetAt, resolveZone, toUtcInstant, zoneAbbreviation, type Zone } from '../../../src/lib/timezone.ts';

function zone(text: string, context?: Zone): Zone {
  const r = resolveZone(text, context);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

function offsetOf(text: string, context?: Zone): number {
  const z = zone(text, context);
  if (z.kind !== 'offset') throw new Error(`${text} is not a fixed offset`);
  return z.offsetMinutes;
}

const losAngeles = zone('America/Los_Angeles');

describe('zone labels', () => {
  it.each([
    ['PST', -480],
    ['PDT', -420],
    ['MST', -420],
    ['MDT', -360],
    ['EST', -300],
    ['EDT', -240],
    ['CET', 60],
    ['CEST', 120],
    ['WET', 0],
    ['WEST', 60],
    ['EET', 120],
    ['EEST', 180],
    ['JST', 540],
    ['AEST', 600],
    ['AEDT', 660],
    ['UTC', 0],
    ['GMT', 0],
    ['Z', 0],
  ])('%s stands for a fixed offset of %i minutes', (label, minutes) => {
    expect(offsetOf(label)).toBe(minutes);
  });

  it('reads labels in any case', () => {
    expect(offsetOf('cest')).toBe(120);
  });

  it('reads CEST and EDT, which date-fns-tz turns into Invalid Date', () => {
    const at = toUtcInstant({ year: 2018, month: 4, day: 18, hour: 12, minute: 35 }, zone('CEST'));
    expect(at.ok && at.value.toISOString()).toBe('2018-04-18T10:35:00.000Z');
  });

  it('rejects IST with a message naming the IANA zones to use', () => {
    const r = resolveZone('IST');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Asia\/Kolkata.*Europe\/Dublin/);
  });

  it('does not read BST as Bangladesh, as date-fns-tz does, but asks', () => {
    const r = resolveZone('BST');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('Europe/London');
  });

  it('reads BST as British Summer Time in a report written in Europe/London', () => {
    expect(offsetOf('BST', zone('Europe/London'))).toBe(60);
  });

  it('reads IST as India Standard Time in a report written in Asia/Kolkata', () => {
    expect(offsetOf('IST', zone('Asia/Kolkata'))).toBe(330);
  });

  it('reads CST as North American Central time by default', () => {
    expect(offsetOf('CST', losAngeles)).toBe(-360);
  });

  it('rejects CST in a report written in Asia/Shanghai, where it would mean China time', () => {
    const r = resolveZone('CST', zone('Asia/Shanghai'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/America\/Chicago.*Asia\/Shanghai/);
  });

  it('rejects IST in a report whose zone does not settle it', () => {
    expect(resolveZone('IST', zone('Europe/Berlin')).ok).toBe(false);
  });

  it('rejects unknown labels rather than guessing', () => {
    const r = resolveZone('XYZ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('unknown zone label "XYZ"');
  });

  it('rejects a misspelt IANA name', () => {
    expect(resolveZone('UC/Pacific').ok).toBe(false);
  });
});

describe('offsets and IANA names', () => {
  it.each([
    ['+05:30', 330],
    ['-08:00', -480],
    ['+0200', 120],
    ['UTC+2', 120],
    ['GMT+1', 60],
    ['UTC-7', -420],
    ['UTC−07:00', -420],
  ])('%s is %i minutes from UTC', (text, minutes) => {
    expect(offsetOf(text)).toBe(minutes);
  });

  it('accepts IANA names', () => {
    expect(zone('Europe/Berlin')).toEqual({ kind: 'iana', name: 'Europe/Berlin', label: 'Europe/Berlin' });
  });
});

describe('daylight-saving changes', () => {
  const berlin = zone('Europe/Berlin');

  it('turns a summer wall-clock time in Berlin into UTC+2', () => {
    const r = toUtcInstant({ year: 2024, month: 7, day: 1, hour: 12, minute: 0 }, berlin);
    expect(r.ok && r.value.toISOString()).toBe('2024-07-01T10:00:00.000Z');
  });

  it('refuses a time the clocks skipped in spring', () => {
    const r = toUtcInstant({ year: 2024, month: 3, day: 31, hour: 2, minute: 30 }, berlin);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/does not exist in Europe\/Berlin/);
  });

  it('refuses a time that happened twice in autumn, naming both offsets', () => {
    const r = toUtcInstant({ year: 2024, month: 10, day: 27, hour: 2, minute: 30 }, berlin);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/\+02:00 or \+01:00/);
  });

  it('accepts the minute before the spring gap and the minute after it', () => {
    const before = toUtcInstant({ year: 2024, month: 3, day: 10, hour: 1, minute: 59 }, losAngeles);
    const after = toUtcInstant({ year: 2024, month: 3, day: 10, hour: 3, minute: 0 }, losAngeles);
    expect(before.ok && before.value.toISOString()).toBe('2024-03-10T09:59:00.000Z');
    expect(after.ok && after.value.toISOString()).toBe('2024-03-10T10:00:00.000Z');
  });

  it('settles a repeated hour when the time carries an explicit offset', () => {
    const r = toUtcInstant({ year: 2024, month: 11, day: 3, hour: 1, minute: 30 }, zone('PDT'));
    expect(r.ok && r.value.toISOString()).toBe('2024-11-03T08:30:00.000Z');
  });

  it('refuses 31 February', () => {
    expect(toUtcInstant({ year: 2024, month: 2, day: 31, hour: 0, minute: 0 }, berlin).ok).toBe(false);
  });
});

describe('abbreviations shown to readers', () => {
  it('shows PST in winter and PDT in summer for America/Los_Angeles', () => {
    expect(zoneAbbreviation(losAngeles, new Date('2017-12-01T00:22:00Z'))).toBe('PST');
    expect(zoneAbbreviation(losAngeles, new Date('2018-07-01T00:00:00Z'))).toBe('PDT');
  });

  it('shows CET and CEST for Europe/Berlin whatever locale ICU has', () => {
    const berlin = zone('Europe/Berlin');
    expect(zoneAbbreviation(berlin, new Date('2018-02-20T12:00:00Z'))).toBe('CET');
    expect(zoneAbbreviation(berlin, new Date('2018-07-20T12:00:00Z'))).toBe('CEST');
  });
});

describe('formatInZone and offsetAt agree with date-fns-tz, which they short-cut', () => {
  const zones = ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'];
  const patterns = ['HH:mm', 'yyyy-MM-dd', 'MMM d', 'EEE d MMM yyyy', 'yyyy-MM-dd HH:mm'];
  // Every 263 minutes over two years lands next to each daylight-saving change at many times of day.
  const instants = Array.from({ length: 4_000 }, (_, i) => new Date(Date.UTC(2017, 0, 1) + i * 263 * 60_000));

  it('for every pattern the pages use, in zones with DST, half-hour and 45-minute offsets', () => {
    for (const name of zones) {
      const zone = { kind: 'iana', name, label: name } as const;
      for (const instant of instants) {
        for (const pattern of patterns) {
          expect(formatInZone(instant, zone, pattern), `${name} ${instant.toISOString()} ${pattern}`).toBe(
            formatInTimeZone(instant, name, pattern),
          );
        }
        // Asked twice, so the second answer comes from the memo.
        expect(offsetAt(zone, instant)).toBe(offsetAt(zone, new Date(instant.getTime())));
      }
    }
  });

  it('for fixed offsets', () => {
    const zone = { kind: 'offset', offsetMinutes: -570, label: '-09:30' } as const;
    for (const instant of instants.slice(0, 500)) {
      for (const pattern of patterns)
        expect(formatInZone(instant, zone, pattern)).toBe(formatInTimeZone(instant, '-09:30', pattern));
    }
  });

  it('patterns it does not short-cut still go through date-fns-tz', () => {
    const zone = { kind: 'iana', name: 'Europe/Berlin', label: 'CET' } as const;
    expect(formatInZone(new Date('2017-11-30T23:59:00Z'), zone, "h:mm a 'on' EEEE")).toBe('12:59 AM on Friday');
  });
});

describe('offsetAt next to a change of offset', () => {
  it('is exact to the minute on both sides of the change, in the hour that holds it', () => {
    const la = { kind: 'iana', name: 'America/Los_Angeles', label: 'PT' } as const;
    // Clocks went back at 2017-11-05 09:00 UTC; ask minute by minute around it, the later minutes first.
    const change = Date.UTC(2017, 10, 5, 9, 0);
    for (let m = 90; m >= -90; m--) {
      const at = new Date(change + m * 60_000);
      expect(offsetAt(la, at), at.toISOString()).toBe(Number(formatInTimeZone(at, la.name, 'xxx').slice(0, 3)) * 60);
    }
  });

  it('is exact over twenty years of zones with unusual histories', () => {
    // Casablanca pauses summer time for Ramadan, Apia skipped a day, Moscow changed its offset for good twice.
    for (const name of ['Africa/Casablanca', 'Pacific/Apia', 'Europe/Moscow', 'America/Sao_Paulo']) {
      const zone = { kind: 'iana', name, label: name } as const;
      for (let at = Date.UTC(2005, 0, 1); at < Date.UTC(2025, 0, 1); at += 997 * 60_000) {
        const text = formatInTimeZone(new Date(at), name, 'xxx');
        const expected = (Number(text.slice(1, 3)) * 60 + Number(text.slice(4, 6))) * (text.startsWith('-') ? -1 : 1);
        expect(offsetAt(zone, new Date(at)), `${name} ${new Date(at).toISOString()}`).toBe(expected);
      }
    }
  });

  it('is exact where a change falls on a half hour (Lord Howe moves by 30 minutes)', () => {
    const lh = { kind: 'iana', name: 'Australia/Lord_Howe', label: 'LHT' } as const;
    for (let m = 0; m < 60 * 24 * 2; m += 7) {
      const at = new Date(Date.UTC(2017, 9, 0, 0, 0) + m * 60_000);
      const text = formatInTimeZone(at, lh.name, 'xxx');
      const expected = (Number(text.slice(1, 3)) * 60 + Number(text.slice(4, 6))) * (text.startsWith('-') ? -1 : 1);
      expect(offsetAt(lh, at), at.toISOString()).toBe(expected);
    }
  });
});
