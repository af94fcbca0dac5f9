import { describe, expect, it } from 'vitest';
import { formatAge, ownerOf } from '../../../../src/lib/action-items/follow-up-display.ts';

describe('formatAge', () => {
  it.each([
    [0, 'today'],
    [1, '1 day'],
    [2, '2 days'],
    [59, '59 days'],
    [60, '2 months'],
    [365, '12 months'],
    [729, '24 months'],
    [730, '2 years'],
    [903, '2 years'],
    [3288, '9 years'],
  ])('reads %i days as %s', (days, text) => {
    expect(formatAge(days)).toBe(text);
  });

  it('never says "1 months" or "1 years", nor goes backwards as days pass', () => {
    let last = 0;
    for (let days = 0; days < 5000; days++) {
      const text = formatAge(days);
      expect(text).not.toMatch(/^1 (months|years)$/);
      const [n, unit] = text.split(' ');
      const inDays = unit?.startsWith('year')
        ? Number(n) * 365.25
        : unit?.startsWith('month')
          ? Number(n) * 30.4375
          : Number(n) || 0;
      expect(inDays).toBeGreaterThanOrEqual(last - 31);
      last = Math.max(last, inDays);
    }
  });
});

describe('ownerOf', () => {
  it('prefers the owner the report names, then GitHub assignees, and is undefined for nobody', () => {
    expect(ownerOf({ owner: 'tim', status: { assignees: ['chris'] } })).toBe('tim');
    expect(ownerOf({ owner: null, status: { assignees: ['chris', 'yuvi'] } })).toBe('chris, yuvi');
    expect(ownerOf({ owner: null, status: { assignees: [] } })).toBeUndefined();
    expect(ownerOf({})).toBeUndefined();
  });
});
