/**
 * How the search index is split. Pagefind's indexer slows more than linearly
 * with the pages of one index (on 2 cores: 2,300 pages in 3 s, 11,000 in 18 s)
 * and holds them all in memory (3.6 GB at 11,000), so a large site is indexed
 * as several bundles, built side by side and merged in the browser.
 *
 * Bundles hold contiguous date ranges, newest first, so a search sorted by
 * date reads bundle after bundle and stays in order.
 */

/** A page to index: its path in the built site and its sort date, if it has one. */
export interface IndexablePage {
  path: string;
  date?: string;
}

/**
 * Above this many pages an index is split. Each bundle costs a search about
 * 30 KB more on its first query (its metadata and a chunk per word), so
 * bundles are as large as indexing time allows.
 */
export const DEFAULT_PAGES_PER_BUNDLE = 3_500;

/** A bundle's pages are named to Pagefind in one glob, and Pagefind 1.6 refuses one of 5,500 names. */
export const MAX_PAGES_PER_BUNDLE = 3_500;

/** The site folder of bundle `k`: `pagefind/` for the first, `pagefind-1/`… beside it for the others. */
export function bundleFolder(k: number): string {
  return k === 0 ? 'pagefind' : `pagefind-${k}`;
}

/** Where the browser finds the bundles to merge into the first: written into the first bundle. */
export const BUNDLE_LIST_FILE = 'hindsight-bundles.json';

/** The list the browser reads: the URLs of the bundles after the first, in order. */
export function bundleList(bundles: number): { bundles: string[] } {
  return { bundles: Array.from({ length: Math.max(0, bundles - 1) }, (_, i) => `/${bundleFolder(i + 1)}/`) };
}

/**
 * Splits pages into as few bundles of at most `perBundle` pages as will do,
 * of even size: dated pages newest first, then undated ones (runbooks), each
 * group in a stable order so a page stays in its bundle from build to build.
 */
export function planBundles(pages: IndexablePage[], perBundle = DEFAULT_PAGES_PER_BUNDLE): string[][] {
  if (pages.length === 0) return [[]];
  const dated = pages
    .filter((p) => p.date)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.path.localeCompare(b.path));
  const undated = pages.filter((p) => !p.date).sort((a, b) => a.path.localeCompare(b.path));
  const ordered = [...dated, ...undated].map((p) => p.path);
  const count = Math.ceil(ordered.length / Math.min(MAX_PAGES_PER_BUNDLE, Math.max(1, perBundle)));
  const size = Math.ceil(ordered.length / count);
  return Array.from({ length: count }, (_, k) => ordered.slice(k * size, (k + 1) * size));
}

/** The page's sort date from its HTML (`data-pagefind-sort="date:…"`), and whether Pagefind indexes it at all. */
export function readIndexablePage(path: string, html: string): IndexablePage | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const date = /data-pagefind-sort="date:([^"]*)"/.exec(html)?.[1];
  return date ? { path, date } : { path };
}
