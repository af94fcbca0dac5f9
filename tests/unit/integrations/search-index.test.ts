/** The index step against real Pagefind, on small generated sites. */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, memoryFolder } from '../../../src/integrations/search-index.ts';
import { MAX_GLOB_LENGTH, bundleGlob, planBundles } from '../../../src/lib/search/search-shards.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const dateOf = (i: number) => `20${String(10 + (i % 15))}-01-01`;

function site(names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-index-'));
  dirs.push(dir);
  names.forEach((name, i) => {
    mkdirSync(join(dir, 'incidents', name), { recursive: true });
    const date = dateOf(i);
    writeFileSync(
      join(dir, 'incidents', name, 'index.html'),
      `<!doctype html><html lang="en"><head><title>${name}</title></head><body><nav>menu</nav><article data-pagefind-body><span data-pagefind-sort="date:${date}"></span><h1>Incident ${i}</h1><p>proxy pods restarted ${name}</p></article></body></html>`,
    );
  });
  // A page that is not a report: never indexed.
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><body><main>home</main></body></html>');
  return dir;
}

const bundleFolders = (dir: string) => readdirSync(dir).filter((f) => /^pagefind(-\d+)?$/.test(f));

describe('buildSearchIndex', () => {
  it('indexes every report into as many bundles as planned, page names with glob syntax included', async () => {
    const dir = site(['a,b', 'c{d}', 'plain', ...Array.from({ length: 9 }, (_, i) => `x${i}`)]);
    const summary = await buildSearchIndex(dir, { perBundle: 5 });
    expect(summary).toMatchObject({ pages: 12, bundles: 3 });
    expect(bundleFolders(dir).sort()).toEqual(['pagefind', 'pagefind-1', 'pagefind-2']);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'hindsight-bundles.json'), 'utf8'))).toEqual({
      bundles: ['/pagefind-1/', '/pagefind-2/'],
    });
  });

  it('gives Pagefind a folder of links when a glob of the page names would be too long for it', async () => {
    // Long names whose dates interleave, so neither bundle's names share a prefix the other's lack.
    const names = Array.from({ length: 1300 }, (_, i) => `${String(i).padStart(4, '0')}-${'long-slug-'.repeat(24)}`);
    const pages = names.map((name, i) => ({ path: `incidents/${name}/index.html`, date: dateOf(i) }));
    const bundle = planBundles(pages, 650)[0] ?? [];
    expect(bundleGlob(bundle, [...pages.map((p) => p.path), 'index.html']).length).toBeGreaterThan(MAX_GLOB_LENGTH);
    const dir = site(names);
    const summary = await buildSearchIndex(dir, { perBundle: 650 });
    expect(summary).toMatchObject({ pages: 1300, bundles: 2 });
    expect(readdirSync(dir)).not.toContain('.hindsight-search-pages');
    let indexed = 0;
    for (const folder of bundleFolders(dir)) {
      const entry = JSON.parse(readFileSync(join(dir, folder, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      indexed += Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    }
    expect(indexed).toBe(1300);
  });

  it('builds no index for a site with nothing to index, and removes an earlier one', async () => {
    const dir = site(['p0']);
    await buildSearchIndex(dir);
    expect(bundleFolders(dir)).toEqual(['pagefind']);
    rmSync(join(dir, 'incidents'), { recursive: true });
    expect(await buildSearchIndex(dir)).toMatchObject({ pages: 0, bundles: 0 });
    expect(bundleFolders(dir)).toEqual([]);
  });

  it('writes the same index through a folder in memory as straight into the site, and leaves that folder empty', async () => {
    const names = Array.from({ length: 7 }, (_, i) => `p${i}`);
    const direct = site(names);
    await buildSearchIndex(direct, { perBundle: 4, memory: false });
    const staged = site(names);
    const memory = mkdtempSync(join(tmpdir(), 'hindsight-memory-'));
    dirs.push(memory);
    await buildSearchIndex(staged, { perBundle: 4, memory });
    expect(readdirSync(memory)).toEqual([]);
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && /^pagefind/.test(e.parentPath.slice(dir.length + 1)))
        .map((e) => join(e.parentPath, e.name).slice(dir.length))
        .sort();
    expect(files(staged)).toEqual(files(direct));
    expect(files(staged).length).toBeGreaterThan(10);
  });

  it('removes memory folders left by killed builds, and leaves those of running ones', async () => {
    const memory = mkdtempSync(join(tmpdir(), 'hindsight-memory-'));
    dirs.push(memory);
    const exited = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    const stale = join(memory, `hindsight-search-${exited}-abc`);
    const running = join(memory, `hindsight-search-${process.ppid}-def`);
    const other = join(memory, 'unrelated');
    for (const dir of [stale, running, other]) mkdirSync(join(dir, 'index'), { recursive: true });
    await buildSearchIndex(site(['p0']), { memory });
    expect(readdirSync(memory).sort()).toEqual([`hindsight-search-${process.ppid}-def`, 'unrelated']);
  });

  it('writes through memory only where there is room for the index', () => {
    let shm: { bavail: number; bsize: number } | undefined;
    try {
      if (process.platform === 'linux') shm = statfsSync('/dev/shm');
    } catch {
      // no /dev/shm here
    }
    if (!shm) expect(memoryFolder(1)).toBeUndefined();
    else {
      // More pages than /dev/shm could hold an index of: straight into the site.
      expect(memoryFolder(Math.ceil((shm.bavail * shm.bsize) / 1024))).toBeUndefined();
      expect(memoryFolder(1)).toBe('/dev/shm');
    }
  });

  it('replaces the bundles of an earlier build', async () => {
    const dir = site(Array.from({ length: 6 }, (_, i) => `p${i}`));
    await buildSearchIndex(dir, { perBundle: 2 });
    expect(bundleFolders(dir)).toHaveLength(3);
    await buildSearchIndex(dir, { perBundle: 10 });
    expect(bundleFolders(dir)).toEqual(['pagefind']);
  });
});
