/**
 * Long lists (incidents, a service's or tag's incidents, follow-ups) split
 * into pages: at 10,000 incidents one page of follow-ups was 15 MB of HTML.
 * Page 1 keeps the list's own path, so links to it never change; page n is
 * `<path>page/<n>/`, which no report id can take, ids being one path segment.
 */

/** One page of a list. */
export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has (at least 1). */
  count: number;
  items: T[];
  /** 0-based position of the page's first item in the whole list. */
  offset: number;
  /** Length of the whole list. */
  total: number;
}

/** Splits `items` into pages of `perPage`; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], perPage: number): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`a list page holds at least one item, not ${perPage}`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, k) => ({
    number: k + 1,
    count,
    items: items.slice(k * perPage, (k + 1) * perPage),
    offset: k * perPage,
    total: items.length,
  }));
}

/** The path of page `n` of the list at `base` (which ends in a slash). */
export function pagePath(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

/** The route parameter of page `n` for an Astro `[...page]` route: none for page 1. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `page/${n}`;
}

/**
 * The page numbers a pager shows for page `current` of `count`: the first,
 * the last, and two either side of the current one, with `gap` where
 * numbers are left out, so a pager of 300 pages stays one line.
 */
export function pagerNumbers(current: number, count: number): (number | 'gap')[] {
  const shown = new Set([1, count]);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((n, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && n - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) out.push('gap');
    out.push(n);
  });
  return out;
}
