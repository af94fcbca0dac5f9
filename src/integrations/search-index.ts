/**
 * Builds the Pagefind search index over the finished site, straight into the
 * output folder (never into public/, so the index is never stale or
 * committed); `npm run build` calls it once Astro is done. A large site is
 * indexed as several bundles at once, one Pagefind process each
 * (src/lib/search/search-shards.ts says why); the search page merges them.
 */
import { spawn } from 'node:child_process';
import {
  accessSync,
  closeSync,
  constants,
  copyFileSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  statfsSync,
} from 'node:fs';
import { copyFile, link, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  BUNDLE_LIST_FILE,
  MAX_GLOB_LENGTH,
  bundleFolder,
  bundleGlob,
  bundleList,
  planBundles,
  readIndexablePage,
  type IndexablePage,
} from '../lib/search/search-shards.ts';
import { SEARCH_PAGES_PER_BUNDLE } from '../site.config.ts';
import { childrenCpuSeconds, childrenCpuSince } from './children-cpu.ts';

/** What was indexed. */
export interface SearchIndexSummary {
  pages: number;
  bundles: number;
  seconds: number;
  /** CPU seconds the Pagefind processes used, all cores together; undefined where it cannot be read. */
  cpuSeconds: number | undefined;
}

const PAGEFIND_LIB = dirname(fileURLToPath(import.meta.resolve('pagefind')));

/**
 * The Pagefind executable for this platform, found the way Pagefind's own
 * npm wrapper finds it. Running it directly rather than through the wrapper
 * saves a Node process per bundle; should a Pagefind release move that
 * lookup, the wrapper is used.
 */
let pagefindCommandOnce: Promise<[string, string[]]> | undefined;
const pagefindCommand = () => (pagefindCommandOnce ??= findPagefindCommand());

async function findPagefindCommand(): Promise<[string, string[]]> {
  try {
    const { resolveBinaryPath } = (await import(pathToFileURL(join(PAGEFIND_LIB, 'resolveBinary.js')).href)) as {
      resolveBinaryPath: (names: string[]) => string;
    };
    return [resolveBinaryPath(['pagefind_extended', 'pagefind']), []];
  } catch {
    return [process.execPath, [join(PAGEFIND_LIB, 'runner', 'bin.cjs')]];
  }
}

const BUNDLE_FOLDER = /^pagefind(-\d+)?$/;
const LINKED = '.hindsight-search-pages';

/** The site's pages, and those of them Pagefind indexes, with their sort dates. */
function sitePages(site: string): { all: string[]; indexable: IndexablePage[] } {
  const all = readdirSync(site, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(site, join(e.parentPath, e.name)).replace(/\\/g, '/'))
    .filter((path) => !BUNDLE_FOLDER.test(path.split('/')[0] ?? '') && !path.startsWith(`${LINKED}/`));
  // Read one after another: 13,000 small reads from the page cache are three
  // times faster in a loop than through the thread pool, and nothing else
  // runs meanwhile.
  const buffer = Buffer.alloc(HEAD_BYTES);
  const indexable: IndexablePage[] = [];
  for (const path of all) {
    const page = readPageHead(join(site, path), path, buffer);
    if (page) indexable.push(page);
  }
  return { all, indexable };
}

// A page's Pagefind markers sit at the top of its <article>; reading the first
// 16 KB of each page rather than all of it saves reading 600 MB at 10,000 incidents.
const HEAD_BYTES = 16_384;

function readPageHead(file: string, path: string, buffer: Buffer): IndexablePage | undefined {
  const fd = openSync(file, 'r');
  try {
    const bytesRead = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    const page = readIndexablePage(path, buffer.toString('utf8', 0, bytesRead));
    if (bytesRead < HEAD_BYTES || page?.date) return page;
  } finally {
    closeSync(fd);
  }
  // No marker, or no date, in the head: read the whole page to be sure.
  return readIndexablePage(path, readFileSync(file, 'utf8'));
}

/** Gives a bundle's pages a folder of their own, as hard links where the file system allows. */
async function linkPages(site: string, pages: string[], folder: string): Promise<void> {
  const folders = [...new Set(pages.map((page) => dirname(join(folder, page))))];
  await Promise.all(folders.map((f) => mkdir(f, { recursive: true })));
  await Promise.all(
    pages.map((page) => link(join(site, page), join(folder, page)).catch(() => copyFile(join(site, page), join(folder, page)))),
  );
}

/**
 * A folder in memory for Pagefind to write an index of `pages` pages into, or
 * undefined where there is none with room for it. Pagefind creates its few
 * thousand files from a hundred threads at once; on ext4 those creations
 * queue on the folder's lock, which cost about 3 s of system time per bundle
 * of 5,500 pages here, while in memory they take none and one copy into the
 * site, file after file, takes a fraction of a second. Linux has such a file
 * system at /dev/shm; elsewhere, or where it is small (containers often give
 * it 64 MB), Pagefind writes into the site itself.
 */
export function memoryFolder(pages: number): string | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    accessSync('/dev/shm', constants.W_OK);
    const { bavail, bsize } = statfsSync('/dev/shm');
    return bavail * bsize >= pages * INDEX_BYTES_PER_PAGE ? '/dev/shm' : undefined;
  } catch {
    return undefined;
  }
}

// Pagefind's output came to 5.6 KB a page at 10,000 incidents; room for three
// times that, for every bundle at once, leaves a wide margin.
const INDEX_BYTES_PER_PAGE = 16_384;

const MEMORY_PREFIX = 'hindsight-search-';
const MEMORY_FOLDER = new RegExp(`^${MEMORY_PREFIX}(\\d+)-`);

/**
 * Removes the memory folders of builds that were killed before they could
 * (each is named after its process), so they do not hold memory until the
 * machine restarts; folders of builds still running are left alone.
 */
async function removeStaleMemoryFolders(root: string): Promise<void> {
  for (const name of await readdir(root).catch(() => [])) {
    const pid = Number(MEMORY_FOLDER.exec(name)?.[1]);
    if (!pid || processIsRunning(pid)) continue;
    await rm(join(root, name), { recursive: true, force: true });
  }
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Copies a folder's files one after another, which a file system takes faster than many at once. */
function copyFolder(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    const path = relative(from, join(entry.parentPath, entry.name));
    if (entry.isDirectory()) mkdirSync(join(to, path), { recursive: true });
    else copyFileSync(join(from, path), join(to, path));
  }
}

/**
 * Runs one Pagefind process over the pages of a bundle. They are named in a
 * glob in a config file (the command line is too short for thousands of
 * paths); a bundle whose glob would be too long for Pagefind gets a folder of
 * links to its pages instead. Pagefind's page count is checked against the
 * plan, so a page left out is an error, never a silent gap in search.
 */
async function runPagefind(
  site: string,
  pages: string[],
  allPages: string[],
  outputPath: string,
  workFolder: string,
  linkFolder: string,
  memory: string | undefined,
): Promise<void> {
  await mkdir(workFolder, { recursive: true });
  // Even a site of one bundle is given its pages' glob: Pagefind then reads no
  // page without a body (2,000 at 10,000 incidents, some of them megabytes).
  const glob = bundleGlob(pages, allPages);
  const written = memory ? join(memory, 'index') : outputPath;
  let config: Record<string, string> = { site, output_path: written, force_language: 'en', glob };
  if (glob.length > MAX_GLOB_LENGTH) {
    await linkPages(site, pages, linkFolder);
    config = { site: linkFolder, output_path: written, force_language: 'en' };
  }
  await writeFile(join(workFolder, 'pagefind.json'), JSON.stringify(config));
  const [command, args] = await pagefindCommand();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd: workFolder, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      // Pagefind prints its page count per language and in total; the last is the total.
      const counts = [...output.matchAll(/Indexed (\d+) pages?/g)].map((m) => Number(m[1]));
      const indexed = counts.at(-1) ?? 0;
      if (code === 0 && indexed === pages.length) resolve();
      else
        reject(
          new Error(
            `Pagefind indexed ${indexed} of ${pages.length} pages into ${outputPath} (exit ${code}):\n${output.slice(-2000)}`,
          ),
        );
    });
  });
  if (memory) {
    copyFolder(written, outputPath);
    await rm(written, { recursive: true, force: true });
  }
}

/**
 * Indexes the built site in `site`: at most `perBundle` pages a bundle,
 * `parallel` Pagefind processes at once, each index written first into
 * `memory` (a folder on a memory file system; `false` for none).
 */
export async function buildSearchIndex(
  site: string,
  options: { perBundle?: number; parallel?: number; memory?: string | false } = {},
): Promise<SearchIndexSummary> {
  const t0 = performance.now();
  const cpu0 = childrenCpuSeconds();
  const { all, indexable: pages } = sitePages(site);
  const bundles = planBundles(pages, options.perBundle ?? SEARCH_PAGES_PER_BUNDLE);
  for (const entry of await readdir(site))
    if (BUNDLE_FOLDER.test(entry)) await rm(join(site, entry), { recursive: true, force: true });
  // Pagefind cannot build an index of nothing: a site with no reports has no search index.
  if (pages.length === 0) return { pages: 0, bundles: 0, seconds: (performance.now() - t0) / 1000, cpuSeconds: 0 };
  const configs = await mkdtemp(join(tmpdir(), 'hindsight-search-'));
  const memoryRoot = options.memory === false ? undefined : (options.memory ?? memoryFolder(pages.length));
  if (memoryRoot) await removeStaleMemoryFolders(memoryRoot);
  const memory = memoryRoot ? await mkdtemp(join(memoryRoot, `${MEMORY_PREFIX}${process.pid}-`)) : undefined;
  try {
    let next = 0;
    const worker = async () => {
      while (next < bundles.length) {
        const k = next++;
        // Links stay on the site's own file system, beside it in the output folder, and go when the index is built.
        await runPagefind(
          site,
          bundles[k] ?? [],
          all,
          join(site, bundleFolder(k)),
          join(configs, String(k)),
          join(site, LINKED, String(k)),
          memory && join(memory, String(k)),
        );
      }
    };
    const parallel = Math.max(1, Math.min(options.parallel ?? availableParallelism(), bundles.length));
    await Promise.all(Array.from({ length: parallel }, worker));
    await writeFile(join(site, bundleFolder(0), BUNDLE_LIST_FILE), JSON.stringify(bundleList(bundles.length)));
  } finally {
    await rm(configs, { recursive: true, force: true });
    if (memory) await rm(memory, { recursive: true, force: true });
    await rm(join(site, LINKED), { recursive: true, force: true });
  }
  return {
    pages: pages.length,
    bundles: bundles.length,
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: childrenCpuSince(cpu0),
  };
}
