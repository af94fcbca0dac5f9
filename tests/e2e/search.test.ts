/** Search in real Chromium against the built site and its Pagefind index. */
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const site = useSiteInBrowser();

/** Opens the search page with a query string and waits for the results. */
async function search(query: string): Promise<{ titles: string[]; urls: string[] }> {
  await site.page.goto(`${site.server.url}/search/?${query}`);
  await site.page.waitForFunction(() => /results?\.|result,/.test(document.getElementById('search-status')?.textContent ?? ''));
  const titles = await site.page.locator('.search-result h2 a').allTextContents();
  const urls = await site.page.locator('.search-result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return { titles, urls };
}

describe('search', () => {
  it('lists the seed incident first for CrashLoopBackOff', async () => {
    const { urls } = await search('q=CrashLoopBackOff');
    expect(urls[0]).toBe('/incidents/2017-11-30-oom-proxy/');
  });

  it.each([
    ['an exact error string from a code block', 'OOMKilling', '/incidents/2017-11-30-oom-proxy/'],
    ['an alert name in lower case', 'binderproxycrashlooping', '/runbooks/proxy-pod-crashloopbackoff/'],
    ['a GitHub reference', 'repo2docker%23159', '/incidents/2017-11-30-oom-proxy/'],
    [
      'a full GitHub URL',
      encodeURIComponent('https://github.com/jupyter/repo2docker/pull/159'),
      '/incidents/2017-11-30-oom-proxy/',
    ],
    ['a service name', 'postgres-primary', '/runbooks/replication-lag/'],
    ['a word by its stem', 'reindexing', '/incidents/2025-03-03-search-reindex/'],
    ['a severity written on the page', 'SEV1', '/incidents/2024-06-11-auth-token-outage/'],
  ])('finds the right page for %s', async (_, q, url) => {
    const { urls } = await search(`q=${q}`);
    expect(urls).toContain(url);
  });

  it('indexes a page from its title and summary first, its byline after, filter values left out', async () => {
    await site.page.goto(`${site.server.url}/incidents/2017-11-30-oom-proxy/`);
    const title = (await site.page.locator('article header h1').textContent()) ?? '';
    const kicker = (await site.page.locator('article header p.kicker').textContent()) ?? '';
    // A string, not a function: the test runner would rewrite a function's import().
    const content = await site.page.evaluate<string>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const { results } = await pagefind.search('CrashLoopBackOff');
      const records = await Promise.all(results.map((r) => r.data()));
      return records.find((r) => r.url === '/incidents/2017-11-30-oom-proxy/')?.content ?? '';
    })()`);
    // The hidden filter markers used to come first, run together ("incidentsev2jupyterhub…"); then the byline did.
    expect(content.startsWith(title.trim())).toBe(true);
    expect(kicker).toMatch(/2017 SEV2 Written by/);
    expect(content).toContain(kicker.trim());
    // Shown above the title all the same.
    const [titleBox, kickerBox] = await Promise.all(
      ['article header h1', 'article header p.kicker'].map((s) => site.page.locator(s).boundingBox()),
    );
    expect(kickerBox?.y).toBeLessThan(titleBox?.y ?? 0);
  });

  it('shows excerpts that do not repeat the title above them', async () => {
    await search('q=proxy');
    const seed = site.page.locator('.search-result', { has: site.page.locator('a[href="/incidents/2017-11-30-oom-proxy/"]') });
    const title = (await seed.locator('h2').textContent()) ?? '';
    const excerpt = (await seed.locator('p.excerpt').textContent()) ?? '';
    expect(title).toContain('Proxy pods in CrashLoopBackOff');
    expect(excerpt.length).toBeGreaterThan(0);
    expect(excerpt).not.toContain(title.trim());
    expect(excerpt).not.toContain('Written by');
    // Its summary, where the query's word is marked.
    expect(await seed.locator('p.excerpt mark').count()).toBeGreaterThan(0);
    const subs = await seed.locator('.sub-results li').evaluateAll((items) =>
      items.map((li) => ({
        heading: li.querySelector('a')?.textContent ?? '',
        excerpt: li.querySelector('.excerpt')?.textContent ?? '',
      })),
    );
    expect(subs.length).toBeGreaterThan(0);
    for (const sub of subs) {
      const lastWords = sub.heading.trim().split(/\s+/).slice(-2).join(' ');
      expect(sub.excerpt.trim().startsWith(lastWords)).toBe(false);
    }
  });

  it('narrows results with a service filter', async () => {
    const all = await search('q=proxy');
    const narrowed = await search('q=proxy&service=binder-proxy');
    expect(narrowed.urls.length).toBeGreaterThan(0);
    expect(narrowed.urls.length).toBeLessThan(all.urls.length);
    expect(narrowed.urls.every((u) => all.urls.includes(u))).toBe(true);
    expect(await site.page.locator('select[name="service"]').inputValue()).toBe('binder-proxy');
  });

  it('shows type, date, severity and a highlighted excerpt', async () => {
    await search('q=CrashLoopBackOff');
    const first = site.page.locator('.search-result').first();
    expect(await first.locator('.badge').textContent()).toBe('incident');
    expect(await first.locator('.meta').textContent()).toContain('2017-11-30');
    expect(await first.locator('.meta').textContent()).toContain('SEV2');
    expect(await first.locator('.excerpt mark').count()).toBeGreaterThan(0);
  });

  it('opens a runbook at the step a sub-result names', async () => {
    await search('q=cordon');
    const step = site.page.locator('.sub-results a[href="/runbooks/cordon-oom-node/#cordon-the-node"]');
    await step.click();
    await site.page.waitForURL(/\/runbooks\/cordon-oom-node\/#cordon-the-node$/);
    const inView = await site.page.locator('#cordon-the-node').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
  });

  it('opens an incident at the timeline entry a sub-result names', async () => {
    // The kernel's OOMKilling event is quoted in the seed's 17:14 entry.
    await search('q=OOMKilling');
    const entry = site.page.locator('.sub-results a[href="/incidents/2017-11-30-oom-proxy/#1714"]');
    await entry.click();
    await site.page.waitForURL(/\/incidents\/2017-11-30-oom-proxy\/#1714$/);
    const target = site.page.locator('[id="1714"]');
    expect(await target.textContent()).toContain('17:14');
    const inView = await target.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
  });

  it('restores the results when /search/?q=proxy is reloaded', async () => {
    const first = await search('q=proxy');
    await site.page.reload();
    await site.page.waitForFunction(() => /results?\./.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await site.page.locator('.search-result h2 a').allTextContents()).toEqual(first.titles);
    expect(await site.page.locator('#search-q').inputValue()).toBe('proxy');
  });

  it('keeps the URL in step with what is typed', async () => {
    await site.page.goto(`${site.server.url}/search/`);
    await site.page.locator('#search-q').fill('oom');
    await site.page.waitForURL(/\?q=oom$/);
    expect(new URL(site.page.url()).searchParams.get('q')).toBe('oom');
  });

  it('focuses the header search box when "/" is pressed on any page', async () => {
    await site.page.goto(`${site.server.url}/incidents/`);
    await site.page.keyboard.press('/');
    expect(await site.page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
  });
});
