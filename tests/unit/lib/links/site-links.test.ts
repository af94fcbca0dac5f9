import { describe, expect, it } from 'vitest';
import { checkSiteLinks, pageLinks } from '../../../../src/lib/links/site-links.ts';

const origin = 'http://localhost:4321';
const pages = [
  pageLinks(
    '/',
    '<a href="/incidents/">i</a><a href="/runbooks/r/#step">s</a><a href="/runbooks/r/#nope">x</a><a href="https://github.com/a/b/issues/1">gh</a>',
  ),
  pageLinks('/incidents/', '<h2 id="top">t</h2><a href="#top">self</a><a href="/rss.xml">feed</a><a href="/missing/">m</a>'),
  pageLinks('/runbooks/r/', '<h3 id="step">s</h3><a href="./#step-2">pos</a><script>`<a href="${x}">`</script>'),
];

describe('checkSiteLinks', () => {
  const { broken, external } = checkSiteLinks(pages, new Set(['/rss.xml']), {
    origin,
    allowFragment: (page, fragment) => page.startsWith('/runbooks/') && /^step-\d+$/.test(fragment),
  });

  it('finds a link to a page that does not exist and a fragment that is not on its page', () => {
    expect(broken).toEqual([
      { page: '/', href: '/runbooks/r/#nope', reason: '/runbooks/r/ has no element with id "nope"' },
      { page: '/incidents/', href: '/missing/', reason: 'no page at /missing/' },
    ]);
  });

  it('accepts pages, files, same-page fragments and fragments a script resolves, and ignores markup in scripts', () => {
    expect(broken.map((b) => b.href)).not.toContain('/incidents/');
    expect(broken.map((b) => b.href)).not.toContain('/rss.xml');
    expect(broken.map((b) => b.href)).not.toContain('#top');
    expect(broken.map((b) => b.href)).not.toContain('./#step-2');
  });

  it('lists external links with the pages that use them, without fetching', () => {
    expect([...external]).toEqual([['https://github.com/a/b/issues/1', ['/']]]);
  });
});
