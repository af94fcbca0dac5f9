/**
 * `npm run check:links`: checks every internal link in the built site
 * (default dist/), fragments included, and lists external links without
 * fetching them. Exits 1 on a broken internal link.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { checkSiteLinks, pageLinks } from '../src/lib/links/site-links.ts';
import { OUT_DIR, SITE_URL } from '../src/site.config.ts';

const dir = process.argv[2] ?? OUT_DIR;
const entries = await readdir(dir, { withFileTypes: true, recursive: true });
const pages = [];
const files = new Set<string>();
for (const entry of entries) {
  if (!entry.isFile()) continue;
  const full = join(entry.parentPath, entry.name);
  const path = `/${relative(dir, full).split(sep).join('/')}`;
  files.add(path);
  if (!entry.name.endsWith('.html') || path.startsWith('/pagefind/')) continue;
  const pagePath = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
  pages.push(pageLinks(pagePath, await readFile(full, 'utf8')));
}
// Runbook pages resolve #step-N and anchor aliases in the browser.
const allowFragment = (page: string, fragment: string) => page.startsWith('/runbooks/') && /^step-\d+$/.test(fragment);
const { broken, external } = checkSiteLinks(pages, files, { origin: new URL(SITE_URL).origin, allowFragment });
for (const b of broken) console.error(`${b.page}: broken link ${b.href}: ${b.reason}`);
console.log(
  `${pages.length} pages, ${broken.length} broken internal links, ${external.size} external links (listed, not fetched):`,
);
for (const [url, from] of [...external].sort()) console.log(`  ${url}  (${from.length} page${from.length === 1 ? '' : 's'})`);
process.exitCode = broken.length > 0 ? 1 : 0;
