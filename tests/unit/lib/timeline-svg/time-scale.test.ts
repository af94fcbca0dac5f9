import { describe, expect, it } from 'vitest';
import { createTimeScale } from '../../../../src/lib/timeline-svg/time-scale.ts';
import { BURST, FIVE_DAYS, SEED } from './fixtures.ts';

const instants = (entries: { at: Date | null }[]) => entries.flatMap((e) => (e.at ? [e.at] : []));

describe('createTimeScale', () => {
  it('is monotonic and stays within its width', () => {
    for (const fixture of [SEED, FIVE_DAYS, BURST]) {
      const points = instants(fixture);
      const scale = createTimeScale(points, { width: 900, padding: 24 });
      const xs = points.map((d) => scale.x(d));
      for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1] as number);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(24);
      expect(Math.max(...xs)).toBeLessThanOrEqual(scale.width - 24 + 1e-9);
    }
  });

  it('draws a short incident to scale, without breaks', () => {
    const scale = createTimeScale(instants(SEED), { width: 900 });
    expect(scale.breaks).toEqual([]);
    const [first, second, last] = [SEED[0], SEED[1], SEED[10]].map((e) => scale.x(e?.at as Date));
    // 16:22 → 16:59 is 37 of 59 minutes.
    expect(((second as number) - (first as number)) / ((last as number) - (first as number))).toBeCloseTo(37 / 59, 1);
  });

  it('compresses the quiet gaps of a five-day incident, with a break for each', () => {
    const scale = createTimeScale(instants(FIVE_DAYS), { width: 900 });
    expect(scale.breaks.length).toBeGreaterThanOrEqual(2);
    for (const b of scale.breaks) expect(b.to.getTime() - b.from.getTime()).toBeGreaterThan(2 * 3600_000);
    // The morning burst of day one gets real width, not a sliver.
    const [a, c] = [FIVE_DAYS[0], FIVE_DAYS[2]].map((e) => scale.x(e?.at as Date));
    expect((c as number) - (a as number)).toBeGreaterThan(60);
  });

  it('uses the whole width for a five-minute incident', () => {
    const scale = createTimeScale([new Date('2024-01-01T10:00:00Z'), new Date('2024-01-01T10:05:00Z')], {
      width: 900,
      padding: 24,
    });
    expect(scale.x(new Date('2024-01-01T10:05:00Z')) - scale.x(new Date('2024-01-01T10:00:00Z'))).toBeCloseTo(852);
  });

  it('keeps forty entries in ten minutes apart by at least the minimum spacing', () => {
    const scale = createTimeScale(instants(BURST), { width: 300, minSpacing: 8 });
    const xs = instants(BURST).map((d) => scale.x(d));
    for (let i = 1; i < xs.length; i++) expect((xs[i] as number) - (xs[i - 1] as number)).toBeGreaterThanOrEqual(8 - 1e-9);
    // 39 gaps of 8 px do not fit in 300 px, so the scale grows rather than overlap.
    expect(scale.width).toBeGreaterThan(300);
  });

  it('places a single instant in the middle', () => {
    const scale = createTimeScale([new Date('2024-01-01T10:00:00Z')], { width: 400 });
    expect(scale.x(new Date('2024-01-01T10:00:00Z'))).toBe(200);
  });
});
