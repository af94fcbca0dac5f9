/**
 * Link integrity over a built site: every internal href, its #fragment
 * included, must land on a page and an element that exist. External links
 * are listed, never fetched.
 */

/** What one built page offers and points at. */
export interface PageLinks {
  /** The page's path, `/incidents/x/`. */
  path: string;
  /** Every id on the page. */
  ids: Set<string>;
  /** Every href on the page, as written. */
  hrefs: string[];
}

/** A link that goes nowhere. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const ID = /\sid=(?:"([^"]+)"|'([^']+)')/g;
const HREF = /<a\b[^>]*\shref=(?:"([^"]*)"|'([^']*)')/gi;

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** Reads the ids and link targets of one HTML page. */
export function pageLinks(path: string, raw: string): PageLinks {
  // Markup inside scripts is a template, not a link.
  const html = raw.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const ids = new Set([...html.matchAll(ID)].map((m) => decode(m[1] ?? m[2] ?? '')));
  const hrefs = [...html.matchAll(HREF)].map((m) => decode(m[1] ?? m[2] ?? ''));
  return { path, ids, hrefs };
}

/** The page path an internal URL path is served from: `/a/` and `/a/index.html` are one page. */
function pageKey(pathname: string): string {
  const decoded = decodeURIComponent(pathname);
  if (decoded.endsWith('/index.html')) return decoded.slice(0, -'index.html'.length);
  if (decoded.endsWith('.html')) return decoded;
  return decoded.endsWith('/') || /\.[a-z0-9]+$/i.test(decoded) ? decoded : `${decoded}/`;
}

/**
 * Checks every internal link of every page against the pages and files that
 * exist. `files` holds the paths of other built files (feeds, JSON, images).
 * Fragments are checked on HTML pages; a fragment some script resolves
 * (anchor aliases, #step-N) can be allowed with `allowFragment`.
 */
export function checkSiteLinks(
  pages: PageLinks[],
  files: Set<string>,
  options: { origin: string; allowFragment?: (page: string, fragment: string) => boolean },
): { broken: BrokenLink[]; external: Map<string, string[]> } {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const broken: BrokenLink[] = [];
  const external = new Map<string, string[]>();
  for (const page of pages) {
    for (const href of page.hrefs) {
      if (href === '' || /^(mailto|tel|javascript):/i.test(href)) continue;
      const url = new URL(href, new URL(page.path, options.origin));
      if (url.origin !== options.origin) {
        external.set(url.href, [...(external.get(url.href) ?? []), page.path]);
        continue;
      }
      const key = pageKey(url.pathname);
      const target = byPath.get(key);
      if (!target) {
        if (!files.has(decodeURIComponent(url.pathname)))
          broken.push({ page: page.path, href, reason: `no page at ${url.pathname}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !target.ids.has(fragment) && !options.allowFragment?.(target.path, fragment)) {
        broken.push({ page: page.path, href, reason: `${target.path} has no element with id "${fragment}"` });
      }
    }
  }
  return { broken, external };
}
