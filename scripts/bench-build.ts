/**
 * The build benchmark: N synthetic incidents and N/10 runbooks, built by
 * Hindsight and by a bare Astro 7 site that renders the same files with the
 * same Markdown processor, as .md and as .mdx. Reports wall time, peak memory
 * and cost per report, and Hindsight's ratio to the bare build of the same
 * run; then a second Hindsight build of unchanged content (Astro's content
 * cache warm). Called by `npm run bench`.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bareSiteFiles } from '../src/lib/bench/bare-site.ts';
import { measure, type Measured } from './bench-process.ts';
import { QUIET, ROOT, buildHindsight, clearHindsightCache, ensureBuilt, writeContent } from './bench-hindsight.ts';

const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

const seconds = (m: Measured) => `${m.seconds.toFixed(1)} s`;
const cpu = (m: Measured) => (m.cpuSeconds === undefined ? 'n/a' : `${m.cpuSeconds.toFixed(1)} s`);
const gb = (m: Measured) => (m.peakBytes === undefined ? 'n/a' : `${(m.peakBytes / 1024 ** 3).toFixed(2)} GB`);
const ratio = (a: Measured, b: Measured) => `${(a.seconds / b.seconds).toFixed(2)}×`;

async function buildBare(siteDir: string, contentDir: string, logFile: string): Promise<Measured> {
  await rm(siteDir, { recursive: true, force: true });
  // The output stays inside the site, where its prerender bundle finds node_modules.
  for (const file of bareSiteFiles(contentDir, join(siteDir, 'dist'))) {
    await mkdir(dirname(join(siteDir, file.path)), { recursive: true });
    await writeFile(join(siteDir, file.path), file.text);
  }
  await symlink(join(ROOT, 'node_modules'), join(siteDir, 'node_modules'), 'dir');
  const m = await measure(process.execPath, [ASTRO, 'build', '--root', siteDir], { cwd: siteDir, env: QUIET, logFile });
  await ensureBuilt(m, 'the bare Astro build', logFile);
  return m;
}

/** The table rows for one size. */
export async function benchBuild(size: number): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'hindsight-build-bench-'));
  const rows: string[] = [];
  try {
    for (const format of (process.env['BENCH_BUILD_FORMATS'] ?? 'md,mdx').split(',') as ('md' | 'mdx')[]) {
      const content = join(dir, format, 'content');
      const reports = await writeContent(content, size, format);
      const bare = await buildBare(join(dir, format, 'bare'), content, join(dir, `bare-${format}.log`));
      await rm(join(dir, format, 'bare'), { recursive: true, force: true });
      clearHindsightCache();
      const cold = await buildHindsight(content, join(dir, format, 'dist'), join(dir, `hindsight-${format}.log`));
      // The rebuild is measured for .md only: it says what the content cache saves, and .mdx would double the bench's time.
      const warm =
        format === 'md'
          ? await buildHindsight(content, join(dir, format, 'dist'), join(dir, 'hindsight-md-warm.log'))
          : undefined;
      const perReport = (m: Measured) => `${((m.seconds * 1000) / reports).toFixed(1)} ms`;
      // No build doing Hindsight's work can take less than its CPU time spread evenly over the cores.
      const floor =
        cold.cpuSeconds === undefined ? 'n/a' : `${(cold.cpuSeconds / availableParallelism() / bare.seconds).toFixed(2)}×`;
      rows.push(
        `| ${size} | .${format} | ${seconds(bare)}, ${gb(bare)}, ${cpu(bare)} | ${seconds(cold)}, ${gb(cold)}, ${cpu(cold)} | ${cold.indexSeconds.toFixed(1)} s, ${Number.isFinite(cold.indexCpuSeconds) ? `${cold.indexCpuSeconds.toFixed(1)} s` : 'n/a'} | ${perReport(cold)} | ${ratio(cold, bare)} ${cold.seconds <= 1.3 * bare.seconds ? '(met)' : '(NOT met)'}; without the index ${((cold.seconds - cold.indexSeconds) / bare.seconds).toFixed(2)}× | ${floor} | ${warm ? `${seconds(warm)}, ${gb(warm)}` : '—'} |`,
      );
      console.error(`build bench: ${size} .${format} done`);
      await rm(join(dir, format), { recursive: true, force: true });
    }
  } finally {
    clearHindsightCache();
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

/** The section of bench/RESULTS.md. */
export async function benchBuildSection(sizes: number[]): Promise<string[]> {
  const lines = [
    '## Build (npm run build against a bare Astro 7 site)',
    '',
    `Synthetic incidents (10–40 timeline entries, several zones, action items with GitHub references) and a tenth as many runbooks. The bare site renders the same files with the same Markdown processor (Sätteri, same code themes) and nothing else. Hindsight's time is its whole \`npm run build\`: content check, pages, feeds, sitemap and the Pagefind index. Peak memory is the sum over the build and every process it starts; CPU is user and system time over all of them and all cores. The floor is Hindsight's CPU time divided by this machine's ${availableParallelism()} cores, as a multiple of the bare build's time: no build doing the same work here could be faster than that, however well it kept the cores busy. Targets: at most 1.3× the bare build; under 4 GB at 10,000 incidents; \`.md\` reports not paying the MDX price.`,
    '',
    '| incidents | format | bare Astro: time, peak, CPU | Hindsight: time, peak, CPU | of it, search index: time, CPU | per report | ratio | floor | rebuild, content unchanged |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const size of sizes) lines.push(...(await benchBuild(size)));
  return lines;
}
