/**
 * What the build and search benchmarks share: generated content written to a
 * folder, and a timed `npm run build` of it into an output folder of its own.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { clearContentStore } from '../src/integrations/content-store.ts';
import { syntheticContent } from '../src/lib/bench/synthetic-content.ts';
import { measure, type Measured } from './bench-process.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const QUIET = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** Writes N incidents and N/10 runbooks below `dir` as .md or .mdx; returns how many files. */
export async function writeContent(dir: string, size: number, format: 'md' | 'mdx'): Promise<number> {
  const files = syntheticContent(size);
  for (const file of files) {
    const path = join(dir, file.path.replace(/\.md$/, `.${format}`));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
  }
  return files.length;
}

/** Throws with the end of the log when a measured build failed. */
export async function ensureBuilt(m: Measured, what: string, logFile: string): Promise<void> {
  if (m.status === 0) return;
  const log = await readFile(logFile, 'utf8').catch(() => '');
  throw new Error(`${what} failed (exit ${m.status}); the end of its log:\n${log.slice(-3000)}`);
}

/** Hindsight's content caches, cleared so a cold build is cold. */
export function clearHindsightCache(): void {
  clearContentStore(ROOT);
}

/** A Hindsight build, with the part its search index took. */
export interface HindsightBuild extends Measured {
  indexSeconds: number;
  /** CPU seconds of the index step's Pagefind processes; NaN where the build could not tell. */
  indexCpuSeconds: number;
  bundles: number;
}

/** `npm run build` of `contentDir` into `outDir`, measured. */
export async function buildHindsight(contentDir: string, outDir: string, logFile: string): Promise<HindsightBuild> {
  const m = await measure(process.execPath, [join(ROOT, 'scripts', 'build.ts')], {
    cwd: ROOT,
    env: { ...QUIET, HINDSIGHT_CONTENT_DIR: contentDir, HINDSIGHT_OUT_DIR: outDir },
    logFile,
  });
  await ensureBuilt(m, `Hindsight's build of ${contentDir}`, logFile);
  const log = await readFile(logFile, 'utf8');
  // The build's last line: "search index: 11000 pages (…) in 2 bundles, 15.8 s (24.1 s of CPU)".
  const summary = /search index: .* in (\d+) bundles?, ([\d.]+) s(?: \(([\d.]+) s of CPU\))?\s*$/m.exec(log);
  return {
    ...m,
    bundles: Number(summary?.[1] ?? Number.NaN),
    indexSeconds: Number(summary?.[2] ?? Number.NaN),
    indexCpuSeconds: Number(summary?.[3] ?? Number.NaN),
  };
}
