import { describe, expect, it } from 'vitest';
import { assignLanes, type Extent } from '../../../../src/lib/timeline-svg/lanes.ts';
import { seededRandom } from '../../../../src/lib/bench/seeded-random.ts';

/** True when no two extents in the same lane overlap (with `gap` between them). */
function noOverlap(items: Extent[], lanes: number[], gap: number): boolean {
  return items.every((a, i) =>
    items.every((b, j) => i === j || lanes[i] !== lanes[j] || a.x + a.width + gap <= b.x || b.x + b.width + gap <= a.x),
  );
}

describe('assignLanes', () => {
  it('keeps labels that do not touch in one lane', () => {
    expect(
      assignLanes(
        [
          { x: 0, width: 50 },
          { x: 100, width: 50 },
          { x: 200, width: 50 },
        ],
        10,
      ),
    ).toEqual([0, 0, 0]);
  });

  it('moves an overlapping label to the next lane and reuses lanes once free', () => {
    expect(
      assignLanes(
        [
          { x: 0, width: 100 },
          { x: 50, width: 100 },
          { x: 160, width: 20 },
        ],
        10,
      ),
    ).toEqual([0, 1, 0]);
  });

  it('never puts two overlapping labels in one lane, for any random set', () => {
    const random = seededRandom(20171130);
    for (let round = 0; round < 200; round++) {
      const items = Array.from({ length: 1 + Math.floor(random() * 60) }, () => ({
        x: random() * 800,
        width: 20 + random() * 200,
      }));
      const lanes = assignLanes(items, 8);
      expect(noOverlap(items, lanes, 8), `round ${round}`).toBe(true);
    }
  });
});
