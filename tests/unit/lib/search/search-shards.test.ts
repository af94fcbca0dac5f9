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
    expect(bundleGlob(['incidents/a/index.html', 'incidents/b/index.html', 'runbooks/c/index.html', '404.html'])).toBe(
      '{incidents/{a,b}/index.html,runbooks/{c}/index.html,404.html}',
    );
  });
});
