import { describe, expect, it } from 'vitest';
import { resolveZone, type Zone } from '../../../../src/lib/timezone.ts';
import { findProseTimes, mayHaveProseTimes } from '../../../../src/lib/written-times/find-prose-times.ts';
import { placeProseTime } from '../../../../src/lib/written-times/place-prose-time.ts';
import { textWithProseTimes } from '../../../../src/lib/written-times/prose-time-html.ts';

const LA = (resolveZone('America/Los_Angeles') as { ok: true; value: Zone }).value;
const seed = {
  date: '2017-11-30',
  zone: LA,
  span: { from: new Date('2017-12-01T00:22:00Z'), to: new Date('2017-12-01T01:21:00Z') },
};

describe('findProseTimes', () => {
  it('finds the seed\'s "0:59 CET" in its sentence', () => {
    const [time] = findProseTimes('Tim and Chris noticed at 0:59 CET (need to convert) that it failed.');
    expect(time).toMatchObject({ text: '0:59 CET', hour: 0, minute: 59, zone: 'CET' });
  });

  it('finds UTC, offsets, 12-hour times and dates in front', () => {
    expect(findProseTimes('at 14:05 UTC and 5:32 pm PDT').map((t) => [t.hour, t.minute, t.zone])).toEqual([
      [14, 5, 'UTC'],
      [17, 32, 'PDT'],
    ]);
    expect(findProseTimes('from 10:00 UTC+2 on')[0]?.zone).toBe('UTC+2');
    expect(findProseTimes('on 2017-11-30 16:22 PST it began')[0]?.date).toEqual({ year: 2017, month: 11, day: 30 });
    expect(findProseTimes('on Nov 30 14:05 UTC')[0]?.date).toEqual({ month: 11, day: 30 });
  });

  it('leaves times without a zone, lower-case words and URLs alone', () => {
    expect(findProseTimes('restarted at 17:07 and again')).toEqual([]);
    expect(findProseTimes('rest at 10:00 est')).toEqual([]);
    expect(findProseTimes('see https://example.com/logs?t=10:00 UTC')).toEqual([]);
    expect(findProseTimes('timestamp=2017-11-30T23:22:18Z')).toEqual([]);
  });
});

describe('placeProseTime', () => {
  it('puts the seed\'s "0:59 CET" on the day nearest the incident: 2017-11-30T23:59Z', () => {
    const [time] = findProseTimes('noticed at 0:59 CET');
    const placed = placeProseTime(time as never, seed);
    expect(placed.ok && placed.instant.toISOString()).toBe('2017-11-30T23:59:00.000Z');
  });

  it('uses the date written with the time', () => {
    const [time] = findProseTimes('on 2017-12-03 10:00 UTC');
    const placed = placeProseTime(time as never, seed);
    expect(placed.ok && placed.instant.toISOString()).toBe('2017-12-03T10:00:00.000Z');
  });

  it('refuses an ambiguous label the report zone does not settle', () => {
    const [time] = findProseTimes('at 10:00 IST');
    expect(placeProseTime(time as never, seed).ok).toBe(false);
  });
});

describe('textWithProseTimes', () => {
  it('marks up the time with its instant, the zone and UTC, and escapes the rest', () => {
    const html = textWithProseTimes('<b>noticed</b> at 0:59 CET', seed);
    expect(html).toBe(
      '&lt;b&gt;noticed&lt;/b&gt; at <time class="prose-time" datetime="2017-11-30T23:59:00.000Z" title="2017-11-30 15:59 PST · 23:59 UTC">0:59 CET</time><span class="prose-time-converted"> (15:59 PST · 23:59 UTC)</span>',
    );
  });

  it.each([
    ['a time already in the report zone gains only UTC', 'until 17:21 PST.', ' (01:21 UTC)'],
    ['so does one written with its date', 'from 2017-11-30 16:22 PST on', ' (00:22 UTC)'],
    ['a UTC time gains only the report zone', 'at 01:21 UTC', ' (17:21 PST)'],
    ['a UTC time written with its UTC date too', 'at 2017-12-01 01:21 UTC', ' (17:21 PST)'],
    ['a time in another zone gains both', 'at 0:59 CET', ' (15:59 PST · 23:59 UTC)'],
  ])('leaves out a conversion the author already wrote: %s', (_, text, converted) => {
    const span = /<span class="prose-time-converted">([^<]*)<\/span>/.exec(textWithProseTimes(text, seed));
    expect(span?.[1]).toBe(converted);
  });

  it('adds nothing beside a UTC time in a UTC report', () => {
    const utc = { ...seed, zone: { kind: 'iana' as const, name: 'UTC', label: 'UTC' } };
    const html = textWithProseTimes('at 2017-12-01 10:00 UTC', utc);
    expect(html).toContain('<time class="prose-time" datetime="2017-12-01T10:00:00.000Z"');
    expect(html).not.toContain('prose-time-converted');
  });
});

describe('mayHaveProseTimes', () => {
  it('is true for a zoned time in prose, in emphasis of either kind, or joined by a character reference', () => {
    expect(mayHaveProseTimes('Tim noticed at 0:59 CET that it failed.')).toBe(true);
    expect(mayHaveProseTimes('noticed at _0:59 CET_ and')).toBe(true);
    expect(mayHaveProseTimes('noticed at **0:59 CET**')).toBe(true);
    expect(mayHaveProseTimes('noticed at 0:59&nbsp;CET')).toBe(true);
  });

  it('is false when the only zoned times are in headings, which are never converted, or have no zone', () => {
    expect(mayHaveProseTimes('## Timeline\n\n### 2017-11-30 16:22 PST [started]\n\nA node runs out of memory at 16:22.\n')).toBe(
      false,
    );
  });

  it('agrees with the renderer on every bundled example report', async () => {
    const { readFileSync } = await import('node:fs');
    const { glob } = await import('tinyglobby');
    for (const path of await glob('content/incidents/**/*.{md,mdx}')) {
      const body = readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      const prose = body
        .split('\n')
        .filter((line) => !/^ {0,3}#/.test(line))
        .join('\n');
      // Whenever a time is found in the prose lines, the pre-check must not skip the report.
      if (findProseTimes(prose).length > 0) expect(mayHaveProseTimes(body), path).toBe(true);
    }
  });
});
