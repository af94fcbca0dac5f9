/**
 * `npm run bench`: speed targets measured, not tested. Generates synthetic
 * content and times the content checker (target: 1,000 reports in under 5 s),
 * search over a built site of 10,000 incidents, whole builds against a bare Astro site, and
 * page weight.
 * Results are printed and written to bench/RESULTS.md.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readContentFiles } from '../src/integrations/read-content.ts';
import { syntheticContent } from '../src/lib/bench/synthetic-content.ts';
import { checkCollection } from '../src/lib/content/check-collection.ts';
import { SAFETY_RULES } from '../src/site.config.ts';
import { benchPageWeight } from './bench-page-weight.ts';
import { benchSearch } from './bench-search.ts';
import { benchBuildSection } from './bench-build.ts';
import { format, resolveConfig } from 'prettier';

const sizes = (process.env['BENCH_SIZES'] ?? '1000').split(',').map(Number);
const lines: string[] = [
  '# Benchmarks',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform} ${process.arch}, Node ${process.version}.`,
  '',
];
lines.push(
  '## npm run check',
  '',
  'Target: 1,000 reports in under 5 s.',
  '',
  '| reports | runbooks | files read | check | total | errors | target met |',
  '|---|---|---|---|---|---|---|',
);

for (const size of sizes) {
  const dir = await mkdtemp(join(tmpdir(), 'hindsight-bench-'));
  try {
    const files = syntheticContent(size);
    for (const file of files) {
      await mkdir(dirname(join(dir, file.path)), { recursive: true });
      await writeFile(join(dir, file.path), file.text);
    }
    const t0 = performance.now();
    const read = await readContentFiles(dir, '.');
    const t1 = performance.now();
    const result = checkCollection(read, SAFETY_RULES);
    const t2 = performance.now();
    const errors = result.problems.filter((p) => p.severity === 'error');
    const total = (t2 - t0) / 1000;
    lines.push(
      `| ${size} | ${files.length - size} | ${((t1 - t0) / 1000).toFixed(2)} s | ${((t2 - t1) / 1000).toFixed(2)} s | ${total.toFixed(2)} s | ${errors.length} | ${size === 1000 ? (total < 5 ? 'yes' : 'NO') : '—'} |`,
    );
    if (errors.length > 0) {
      // A benchmark of the error path would measure the wrong thing.
      console.error(
        errors
          .slice(0, 5)
          .map((e) => `${e.file}:${e.line}: ${e.message}`)
          .join('\n'),
      );
      process.exitCode = 1;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const searchSizes = (process.env['BENCH_SEARCH_SIZES'] ?? '10000').split(',').map(Number);
lines.push(
  '',
  '## Search (Pagefind)',
  '',
  'Targets: index built in under 10 s; first results in under 300 ms and under 300 KB fetched (a generated site of incidents and runbooks, searched in headless Chromium). Each figure is the median of three runs, the index built from scratch each time and each search a first visit in a fresh browser context; the range follows in brackets.',
  '',
  '| incidents | runbooks | index time | index size | first query: time to results, bytes | second query | results |',
  '|---|---|---|---|---|---|---|',
);
// BENCH_SEARCH_COPIES=10 copies each built page ten times, as 100,000 incidents cannot be built here (see the README).
const searchCopies = Number(process.env['BENCH_SEARCH_COPIES'] ?? 1);
for (const size of searchSizes) lines.push(...(await benchSearch(size, searchCopies)));
if (searchCopies > 1)
  lines.push(
    '',
    `The site's pages were copied ${searchCopies} times under other names and dates (BENCH_SEARCH_COPIES), and the index built once.`,
  );

lines.push(
  '',
  'Bytes are measured on the wire, with text compressed as a static host would; Pagefind ships its index already compressed.',
  'The site is the one `npm run build` makes of the generated content, and the index time is its index step: bundles',
  'of at most 6,000 pages, two Pagefind processes at a time, so 11,000 pages are two bundles. Its CPU time is that of',
  'the Pagefind processes over all cores: divided by the cores, it is the least time any way of running Pagefind',
  'over these pages could take here. One bundle was slower, and three or four were no faster than two and slower to',
  'first results (measured in earlier runs; see the README).',
  'See the README on scale.',
);

lines.push('', ...(await benchBuildSection((process.env['BENCH_BUILD_SIZES'] ?? '1000,10000').split(',').map(Number))));

lines.push(
  '',
  '## Page weight',
  '',
  'HTML + CSS + JavaScript per page type of the example site, search index excluded. Target: an incident page at most 60 KB.',
  '',
  '| page | HTML | CSS | JS | total | gzipped |',
  '|---|---|---|---|---|---|',
  ...benchPageWeight(),
);

// Written as Prettier would write it, so the lint step passes on a freshly measured file.
const report = await format(lines.join('\n') + '\n', { ...(await resolveConfig('bench/RESULTS.md')), parser: 'markdown' });
console.log(report);
await mkdir('bench', { recursive: true });
await writeFile('bench/RESULTS.md', report);
