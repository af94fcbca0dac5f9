/**
 * The search benchmark: N generated incidents and N/10 runbooks are built into
 * a site by `npm run build`, whose Pagefind step is timed and its index sized;
 * the site is then searched in headless Chromium, measuring the time to first
 * results and the bytes fetched for a first and a second query. Called by
 * `npm run bench`.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { BUNDLE_LIST_FILE, bundleFolder } from '../src/lib/search/search-shards.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { buildHindsight, clearHindsightCache, writeContent } from './bench-hindsight.ts';

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
};

// The page that runs the queries: Pagefind's API, bundles merged as the search page merges them.
const HARNESS = '__hindsight-search-bench.html';

/** Measures one size; returns Markdown table rows. */
export async function benchSearch(incidents: number): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), 'hindsight-search-bench-'));
  try {
    const files = await writeContent(join(work, 'content'), incidents, 'md');
    const dir = join(work, 'dist');
    // The site as users get it: its real pages, indexed by the build's own index step.
    await clearHindsightCache();
    const built = await buildHindsight(join(work, 'content'), dir, join(work, 'build.log'));
    await writeFile(
      join(dir, HARNESS),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search</title></head><body><script type="module">
        window.openIndex = async () => { const pf = await import('/pagefind/pagefind.js');
          const list = await (await fetch('/pagefind/${BUNDLE_LIST_FILE}')).json();
          await Promise.all(list.bundles.map((bundle) => pf.mergeIndex(bundle)));
          return pf; };
        window.run = async (q) => { const t0 = performance.now(); const pf = await (window.pf ??= window.openIndex());
          const s = await pf.search(q); const first = await Promise.all(s.results.slice(0, 5).map((r) => r.data()));
          return { ms: performance.now() - t0, count: s.results.length, first: first.length }; };
      </script></body></html>`,
    );
    const indexSeconds = built.indexSeconds;
    let indexBytes = 0;
    for (let k = 0; k < built.bundles; k++) indexBytes += await folderSize(join(dir, bundleFolder(k)));

    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
      const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
      stat(file)
        .then(() => {
          // Served as a static host would: text compressed, Pagefind's own files (already compressed) as they are.
          const type = TYPES[extname(file)] ?? 'application/octet-stream';
          const compress = /^text\/|json/.test(type) && /gzip/.test(String(req.headers['accept-encoding'] ?? ''));
          res.writeHead(200, { 'Content-Type': type, ...(compress ? { 'Content-Encoding': 'gzip' } : {}) });
          const stream = createReadStream(file);
          (compress ? stream.pipe(createGzip()) : stream).pipe(res);
        })
        .catch(() => {
          res.writeHead(404);
          res.end();
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      let bytes = 0;
      page.on('response', (response) => {
        // Bytes on the wire, compressed where the server compressed them.
        void response
          .request()
          .sizes()
          .then((sizes) => {
            bytes += sizes.responseBodySize;
            if (process.env['BENCH_DEBUG']) console.log(sizes.responseBodySize, response.url());
          })
          .catch(() => undefined);
      });
      await page.goto(`http://127.0.0.1:${port}/${HARNESS}`);
      await page.waitForFunction(() => typeof (window as unknown as { run?: unknown }).run === 'function');
      bytes = 0;
      const first = await page.evaluate(() =>
        (window as unknown as { run: (q: string) => Promise<{ ms: number; count: number }> }).run('CrashLoopBackOff'),
      );
      await page.waitForTimeout(200);
      const firstBytes = bytes;
      bytes = 0;
      const second = await page.evaluate(() =>
        (window as unknown as { run: (q: string) => Promise<{ ms: number; count: number }> }).run('replica timeout'),
      );
      await page.waitForTimeout(200);
      const secondBytes = bytes;
      const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
      return [
        `| ${incidents} | ${files - incidents} | ${indexSeconds.toFixed(1)} s ${indexSeconds < 10 ? '(met)' : '(NOT met)'}, ${built.bundles} bundles | ${(indexBytes / 1024 / 1024).toFixed(1)} MB | ${first.ms.toFixed(0)} ms ${first.ms < 300 ? '(met)' : '(NOT met)'}, ${kb(firstBytes)} ${firstBytes < 300 * 1024 ? '(met)' : '(NOT met)'} | ${second.ms.toFixed(0)} ms, ${kb(secondBytes)} | ${first.count} / ${second.count} |`,
      ];
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    await clearHindsightCache();
    await rm(work, { recursive: true, force: true });
  }
}
