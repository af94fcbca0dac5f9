/**
 * The search benchmark: N generated incidents and N/10 runbooks are built into
 * a site by `npm run build`, whose Pagefind step is timed and its index sized;
 * the site is then searched in headless Chromium, measuring the time to first
 * results and the bytes fetched for a first and a second query. Called by
 * `npm run bench`.
 */
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { availableParallelism, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildSearchIndex } from '../src/integrations/search-index.ts';
import { copyName, shiftDates } from '../src/lib/bench/page-copies.ts';
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

/** How many times the index is built and the queries are run; the table gives medians. */
const RUNS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

interface Query {
  ms: number;
  bytes: number;
  count: number;
}
interface Round {
  first: Query;
  second: Query;
}

/** A first and a second query on a fresh page, timed in the page and their bytes counted on the wire. */
async function searchRound(browser: Browser, url: string): Promise<Round> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
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
    await page.goto(url);
    await page.waitForFunction(() => typeof (window as unknown as { run?: unknown }).run === 'function');
    const query = async (q: string): Promise<Query> => {
      await page.waitForTimeout(200);
      bytes = 0;
      const result = await page.evaluate(
        (term) => (window as unknown as { run: (q: string) => Promise<{ ms: number; count: number }> }).run(term),
        q,
      );
      // Late responses (a bundle's files still arriving) are counted too.
      await page.waitForTimeout(200);
      return { ms: result.ms, count: result.count, bytes };
    };
    const first = await query('CrashLoopBackOff');
    const second = await query('replica timeout');
    return { first, second };
  } finally {
    await context.close();
  }
}

/** Adds `copies - 1` copies of every incident and runbook page of the site in `dir` (src/lib/bench/page-copies.ts says why). */
async function copyPages(dir: string, copies: number): Promise<void> {
  for (const kind of ['incidents', 'runbooks'] as const) {
    const pages = (await readdir(join(dir, kind), { withFileTypes: true })).filter((e) => e.isDirectory() && e.name !== 'page');
    for (const page of pages) {
      const html = await readFile(join(dir, kind, page.name, 'index.html'), 'utf8').catch(() => undefined);
      if (html === undefined) continue;
      for (let copy = 1; copy < copies; copy++) {
        const folder = join(dir, kind, copyName(kind, page.name, copy));
        await mkdir(folder, { recursive: true });
        await writeFile(join(folder, 'index.html'), shiftDates(html, copy));
      }
    }
  }
}

/**
 * Measures one size; returns Markdown table rows. With `copies` above 1 the
 * built site's pages are copied that many times before the index is built
 * (once, as it is slow), to measure search beyond what Astro can build here.
 */
export async function benchSearch(incidents: number, copies = 1): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), 'hindsight-search-bench-'));
  try {
    const files = await writeContent(join(work, 'content'), incidents, 'md');
    const dir = join(work, 'dist');
    // The site as users get it: its real pages, indexed by the build's own index step.
    clearHindsightCache();
    const built = await buildHindsight(join(work, 'content'), dir, join(work, 'build.log'));
    // This machine's timings spread widely: the index step is run twice more, each time from scratch.
    const indexRuns = [built.indexSeconds];
    const cpuRuns = [built.indexCpuSeconds];
    let bundles = built.bundles;
    if (copies > 1) {
      await copyPages(dir, copies);
      const copied = await buildSearchIndex(dir);
      indexRuns.splice(0, 1, copied.seconds);
      cpuRuns.splice(0, 1, copied.cpuSeconds ?? Number.NaN);
      bundles = copied.bundles;
    } else {
      for (let run = 1; run < RUNS; run++) {
        const again = await buildSearchIndex(dir);
        indexRuns.push(again.seconds);
        cpuRuns.push(again.cpuSeconds ?? Number.NaN);
      }
    }
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
    const indexSeconds = median(indexRuns);
    // Pagefind's CPU time, all cores together, and the least wall time it allows on this machine's cores.
    const indexCpu = median(cpuRuns);
    const cores = availableParallelism();
    const cpuNote = Number.isFinite(indexCpu)
      ? `; ${indexCpu.toFixed(1)} s of CPU (${((indexCpu * 1000) / (files * copies)).toFixed(1)} ms a page), so at least ${(indexCpu / cores).toFixed(1)} s on ${cores} cores`
      : '';
    let indexBytes = 0;
    for (let k = 0; k < bundles; k++) indexBytes += await folderSize(join(dir, bundleFolder(k)));

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
      // Each round is a reader's first visit: a fresh browser context, nothing cached.
      const rounds: Round[] = [];
      for (let run = 0; run < RUNS; run++) rounds.push(await searchRound(browser, `http://127.0.0.1:${port}/${HARNESS}`));
      const firstMs = median(rounds.map((r) => r.first.ms));
      const firstBytes = median(rounds.map((r) => r.first.bytes));
      const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
      const range = (values: number[], digits: number) =>
        `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
      return [
        `| ${copies > 1 ? `${incidents * copies} (${incidents} × ${copies} copies)` : incidents} | ${(files - incidents) * copies} | ${indexSeconds.toFixed(1)} s ${indexSeconds < 10 ? '(met)' : '(NOT met)'} (${range(indexRuns, 1)} s), ${bundles} bundles${cpuNote} | ${(indexBytes / 1024 / 1024).toFixed(1)} MB | ${firstMs.toFixed(0)} ms ${firstMs < 300 ? '(met)' : '(NOT met)'} (${range(
          rounds.map((r) => r.first.ms),
          0,
        )} ms), ${kb(firstBytes)} ${firstBytes < 300 * 1024 ? '(met)' : '(NOT met)'} | ${median(rounds.map((r) => r.second.ms)).toFixed(0)} ms, ${kb(median(rounds.map((r) => r.second.bytes)))} | ${rounds[0]?.first.count} / ${rounds[0]?.second.count} |`,
      ];
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    clearHindsightCache();
    await rm(work, { recursive: true, force: true });
  }
}
