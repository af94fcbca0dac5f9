/**
 * How the search index is split. Pagefind's indexer slows more than linearly
 * with the pages of one index and runs on little more than one core, so a
 * large site is indexed as several bundles, built side by side and merged in
 * the browser.
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
 * Above this many pages an index is split. Measured at 11,000 pages on 2
 * cores (`npm run bench`): one bundle took 15-20 s to index and answered a
 * first query with 272 KB; two took 10-12 s and 283 KB; three and four were
 * no faster to build than two (both cores are busy with two) and slower to
 * first results, with more bytes. So a bundle holds at most 6,000 pages: a
 * small site keeps one index, one of 11,000 pages gets two, built at once.
 */
export const DEFAULT_PAGES_PER_BUNDLE = 6_000;

/**
 * How long a glob Pagefind is given: Pagefind 1.6 refuses a glob of about
 * 190,000 characters ("did not parse as a valid glob"). A bundle whose glob
 * would be longer is given to Pagefind as a folder of links instead.
 */
export const MAX_GLOB_LENGTH = 150_000;

/** A path as a glob that matches it alone: glob syntax in it is escaped. */
export function literalGlob(path: string): string {
  return path.replace(/[\\{}[\]*?,!]/g, (c) => `\\${c}`);
}

/**
 * The shortest prefixes that cover exactly the wanted names of a folder and
 * none of the others: `2015*` stands for every name starting 2015 when all
 * of those are wanted. `all` is sorted and holds every name of the folder
 * that starts with `prefix`.
 */
function prefixCover(all: string[], wanted: ReadonlySet<string>, prefix: string): string[] {
  const count = all.filter((name) => wanted.has(name)).length;
  if (count === 0) return [];
  if (count === all.length) return [all.length === 1 ? literalGlob(all[0] ?? '') : `${literalGlob(prefix)}*`];
  const cover: string[] = [];
  let i = 0;
  if (all[0] === prefix) {
    if (wanted.has(prefix)) cover.push(literalGlob(prefix));
    i = 1;
  }
  while (i < all.length) {
    // Names sharing the next character are contiguous in sorted order.
    const next = prefix + String.fromCodePoint((all[i] ?? '').codePointAt(prefix.length) ?? 0);
    let j = i;
    while (j < all.length && (all[j] ?? '').startsWith(next)) j++;
    cover.push(...prefixCover(all.slice(i, j), wanted, next));
    i = j;
  }
  return cover;
}

/** `{a,b}`, or `a` alone: glob libraries differ on whether `{a}` is an alternative or the text `{a}`. */
function alternatives(globs: string[]): string {
  return globs.length === 1 ? (globs[0] ?? '') : `{${globs.join(',')}}`;
}

const PAGE_IN_FOLDER = /^(.*\/)([^/]+)\/index\.html$/;

/**
 * One glob for exactly these pages of a site whose pages are `sitePages`
 * (all of them: a star is written only where no other page of the site
 * shares the prefix).
 * Each folder and `index.html` are named once for each group of
 * `<folder>/<page>/index.html`, and a run of names that share a prefix with
 * no page of another bundle is written as the prefix and a star: bundles are
 * date ranges and report names usually start with their date, so a bundle of
 * 5,000 reports is a glob of a few dozen names rather than 5,000. (A long
 * glob costs Pagefind seconds of its time, and past MAX_GLOB_LENGTH it
 * refuses it.) Pages outside such folders are named one by one.
 */
export function bundleGlob(pages: readonly string[], sitePages: readonly string[]): string {
  const wanted = new Set(pages);
  const folders = new Map<string, { all: string[]; wanted: Set<string> }>();
  const alone: string[] = [];
  for (const page of new Set([...sitePages, ...pages])) {
    const m = PAGE_IN_FOLDER.exec(page);
    if (!m) {
      if (wanted.has(page)) alone.push(literalGlob(page));
      continue;
    }
    const folder = m[1] ?? '';
    const name = m[2] ?? '';
    const group = folders.get(folder) ?? { all: [], wanted: new Set<string>() };
    group.all.push(name);
    if (wanted.has(page)) group.wanted.add(name);
    folders.set(folder, group);
  }
  const parts: string[] = [];
  for (const [folder, group] of folders) {
    const cover = prefixCover([...group.all].sort(), group.wanted, '');
    if (cover.length > 0) parts.push(`${literalGlob(folder)}${alternatives(cover)}/index.html`);
  }
  return alternatives([...parts, ...alone]);
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
