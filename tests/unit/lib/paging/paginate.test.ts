import { describe, expect, it } from 'vitest';
import { pagePath, pageParam, pagerNumbers, paginate } from '../../../../src/lib/paging/paginate.ts';

describe('paginate', () => {
  it('keeps every item once, in order, at most perPage a page', () => {
    for (const [length, perPage] of [
      [0, 3],
      [1, 3],
      [3, 3],
      [7, 3],
      [100, 7],
    ] as const) {
      const items = Array.from({ length }, (_, i) => `item ${i}`);
      const pages = paginate(items, perPage);
      expect(pages.flatMap((p) => p.items)).toEqual(items);
      expect(pages.every((p) => p.items.length <= perPage && p.count === pages.length && p.total === length)).toBe(true);
      expect(pages.map((p) => p.number)).toEqual(pages.map((_, k) => k + 1));
      expect(pages.map((p) => p.offset)).toEqual(pages.map((_, k) => k * perPage));
      // Only an empty list has an empty page, and then only one.
      expect(pages.filter((p) => p.items.length === 0)).toHaveLength(length === 0 ? 1 : 0);
    }
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate([1], 0)).toThrow(/at least one item/);
    expect(() => paginate([1], Number.NaN)).toThrow(/at least one item/);
    expect(() => paginate([1], 2.5)).toThrow(/at least one item/);
  });
});

describe('pagePath and pageParam', () => {
  it('leave page 1 at the list itself and put later pages below it', () => {
    expect(pagePath('/incidents/', 1)).toBe('/incidents/');
    expect(pagePath('/services/binder%20proxy/', 3)).toBe('/services/binder%20proxy/page/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(12)).toBe('page/12');
  });
});

describe('pagerNumbers', () => {
  it('shows the ends and the neighbourhood of the current page, with gaps for the rest', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(2, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerNumbers(1, 10)).toEqual([1, 2, 3, 'gap', 10]);
    expect(pagerNumbers(6, 12)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]);
    // A gap of one page is shown as that page: a gap never hides a single number.
    expect(pagerNumbers(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
  });

  it('names every page at most once, in order, always the first, last and current', () => {
    for (let count = 1; count <= 30; count++)
      for (let current = 1; current <= count; current++) {
        const numbers = pagerNumbers(current, count).filter((n): n is number => n !== 'gap');
        expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
        expect(numbers).toContain(1);
        expect(numbers).toContain(count);
        expect(numbers).toContain(current);
      }
  });
});
