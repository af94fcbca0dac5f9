import { describe, expect, it } from 'vitest';
import { pageAssets, pageWeight } from '../../../../src/lib/bench/page-weight.ts';
import { syntheticContent } from '../../../../src/lib/bench/synthetic-content.ts';
import { checkCollection } from '../../../../src/lib/content/check-collection.ts';

describe('page weight', () => {
  const html =
    '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script><script>x()</script><script type="module">import "/_astro/c.js";</script>';

  it('finds the stylesheets and scripts a page loads, imported modules included', () => {
    expect(pageAssets(html)).toEqual({ css: ['/_astro/a.css'], js: ['/_astro/b.js', '/_astro/c.js'], inlineJs: 3 + 22 });
  });

  it('adds them up with the HTML', () => {
    const sizes: Record<string, number> = { '/_astro/a.css': 100, '/_astro/b.js': 200, '/_astro/c.js': 50 };
    const weight = pageWeight(html, (p) => sizes[p] ?? 0);
    expect(weight).toEqual({ html: Buffer.byteLength(html), css: 100, js: 275, total: Buffer.byteLength(html) + 375 });
  });
});

describe('synthetic benchmark content', () => {
  it('is valid content, so benchmarks never measure the error path', () => {
    const files = syntheticContent(30).map((f) => ({
      path: f.path,
      kind: f.path.startsWith('incidents') ? ('incidents' as const) : ('runbooks' as const),
      source: f.text,
    }));
    expect(checkCollection(files, undefined, '2026-11-24').problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('is the same for the same seed', () => {
    expect(syntheticContent(5, 7)).toEqual(syntheticContent(5, 7));
  });
});
