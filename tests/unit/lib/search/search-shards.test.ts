import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import {
  bundleFolder,
  bundleGlob,
  literalGlob,
  bundleList,
  planBundles,
  readIndexablePage,
  type IndexablePage,
} from '../../../../src/lib/search/search-shards.ts';

const incident = (i: number, date: string): IndexablePage => ({ path: `incidents/${date}-x${i}/index.html`, date });

describe('planBundles', () => {
  it('keeps a small site in one bundle, as it has always been', () => {
    const pages = [incident(1, '2017-11-30'), { path: 'runbooks/a/index.html' }];
    expect(planBundles(pages, 100)).toEqual([[pages[0]?.path, pages[1]?.path]]);
  });

  it('splits a large site into even bundles of contiguous dates, newest first, undated pages last', () => {
    const pages = [
      ...Array.from({ length: 10 }, (_, i) => incident(i, `20${10 + i}-01-01`)),
      { path: 'runbooks/b/index.html' },
      { path: 'runbooks/a/index.html' },
    ];
    const bundles = planBundles(pages, 5);
    expect(bundles.map((b) => b.length)).toEqual([4, 4, 4]);
    const dateOf = (path: string) => pages.find((p) => p.path === path)?.date ?? '';
    const flat = bundles.flat();
    expect(flat).toHaveLength(pages.length);
    // Every bundle's dates are all newer than the next bundle's.
    for (let k = 0; k + 1 < bundles.length; k++) {
      const oldestHere = (bundles[k] ?? []).map(dateOf).filter(Boolean).sort()[0] ?? '';
      const newestNext = (bundles[k + 1] ?? []).map(dateOf).filter(Boolean).sort().at(-1) ?? '';
      expect(oldestHere > newestNext || newestNext === '').toBe(true);
    }
    expect(flat.slice(-2)).toEqual(['runbooks/a/index.html', 'runbooks/b/index.html']);
  });

  it('an empty site is one empty bundle', () => {
    expect(planBundles([])).toEqual([[]]);
  });
});

describe('bundle folders and the list the browser reads', () => {
  it('names the first bundle pagefind/ and lists only the others, in order', () => {
    expect(bundleFolder(0)).toBe('pagefind');
    expect(bundleList(1)).toEqual({ bundles: [] });
    expect(bundleList(3)).toEqual({ bundles: ['/pagefind-1/', '/pagefind-2/'] });
  });
});

describe('readIndexablePage', () => {
  it('reads the sort date of a page Pagefind indexes and skips the others', () => {
    expect(readIndexablePage('a.html', '<article data-pagefind-body><span data-pagefind-sort="date:2017-11-30"></span>')).toEqual(
      {
        path: 'a.html',
        date: '2017-11-30',
      },
    );
    expect(readIndexablePage('b.html', '<article data-pagefind-body>')).toEqual({ path: 'b.html' });
    expect(readIndexablePage('c.html', '<main>no body marker</main>')).toBeUndefined();
  });
});

describe('globs for a bundle', () => {
  it('leave ordinary page paths alone and escape glob syntax, so a path names itself alone', () => {
    expect(literalGlob('incidents/2017-11-30-oom-proxy/index.html')).toBe('incidents/2017-11-30-oom-proxy/index.html');
    expect(literalGlob('runbooks/a,b{c}[d]*?!/index.html')).toBe('runbooks/a\\,b\\{c\\}\\[d\\]\\*\\?\\!/index.html');
  });

  it('name each folder and index.html once', () => {
    const site = ['incidents/a/index.html', 'incidents/b/index.html', 'runbooks/c/index.html', '404.html'];
    expect(bundleGlob(site, site)).toBe('{incidents/*/index.html,runbooks/c/index.html,404.html}');
  });

  it('write a run of names no other bundle shares as its prefix and a star', () => {
    const site = ['2015-01-01-a', '2015-06-01-b', '2016-01-01-c', '2016-01-02-d', '2017-01-01-e'].map(
      (name) => `incidents/${name}/index.html`,
    );
    // The bundle of 2015 and the first day of 2016.
    expect(bundleGlob(site.slice(0, 3), site)).toBe('incidents/{2015*,2016-01-01-c}/index.html');
  });

  it('select exactly the pages of the bundle, whatever the names and however the bundles interleave', () => {
    // A glob matcher with the brace, star and escape syntax Pagefind reads.
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const alphabet = ['a', 'b', '-', '1', '2', ',', '{', '*', 'é', '😀'];
    for (let round = 0; round < 40; round++) {
      const names = new Set<string>();
      while (names.size < 60) {
        const length = 1 + Math.floor(random() * 5);
        names.add(Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
      }
      const folder = round % 2 ? 'incidents' : 'runbooks';
      const site = [...[...names].map((name) => `${folder}/${name}/index.html`), 'index.html', `${folder}/index.html`];
      const bundle = site.filter(() => random() < (round % 3 === 0 ? 0.9 : 0.4));
      const matches = picomatch(bundleGlob(bundle, site), { dot: true });
      expect(site.filter((page) => matches(page)).sort()).toEqual([...bundle].sort());
    }
  });
});
