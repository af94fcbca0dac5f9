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
 * Above this many pages an index is split. Fewer bundles serve readers
 * better: at 11,000 pages one bundle answered a first query with 285 KB, two
 * with 336 KB, three with 346 KB; more bundles only shorten indexing (20 s for
 * one, 13 s for three on 2 cores). A site of up to 12,000 pages keeps one
 * index, and a larger one is split before Pagefind's memory (about 0.33 GB
 * per 1,000 pages) and its slower-than-linear indexing get out of hand.
 */
export const DEFAULT_PAGES_PER_BUNDLE = 12_000;

/**
 * How long a glob Pagefind is given: Pagefind 1.6 refuses a glob of about
 * 190,000 characters ("did not parse as a valid glob"). A bundle whose glob
 * would be longer is given to Pagefind as a folder of links instead, and a
 * site of one bundle needs no glob at all.
 */
export const MAX_GLOB_LENGTH = 150_000;

/** A path as a glob that matches it alone: glob syntax in it is escaped. */
export function literalGlob(path: string): string {
  return path.replace(/[\\{}[\]*?,!]/g, (c) => `\\${c}`);
}

/**
 * One glob for exactly these pages, kept short by naming the folder and the
 * file once for each group of `<folder>/<page>/index.html`:
 * `{incidents/{a,b}/index.html,runbooks/{c}/index.html,404.html}`.
 */
export function bundleGlob(pages: string[]): string {
  const groups = new Map<string, string[]>();
  const alone: string[] = [];
  for (const page of pages) {
    const m = /^(.*\/)([^/]+)\/index\.html$/.exec(page);
    if (!m) {
      alone.push(literalGlob(page));
      continue;
    }
    const folder = m[1] ?? '';
    const names = groups.get(folder);
    if (names) names.push(literalGlob(m[2] ?? ''));
    else groups.set(folder, [literalGlob(m[2] ?? '')]);
  }
  const parts = [...groups].map(([folder, names]) => `${literalGlob(folder)}{${names.join(',')}}/index.html`);
  return `{${[...parts, ...alone].join(',')}}`;
}

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
  const count = Math.ceil(ordered.length / Math.max(1, perBundle));
  const size = Math.ceil(ordered.length / count);
  return Array.from({ length: count }, (_, k) => ordered.slice(k * size, (k + 1) * size));
}

/** The page's sort date from its HTML (`data-pagefind-sort="date:…"`), and whether Pagefind indexes it at all. */
export function readIndexablePage(path: string, html: string): IndexablePage | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const date = /data-pagefind-sort="date:([^"]*)"/.exec(html)?.[1];
  return date ? { path, date } : { path };
}
