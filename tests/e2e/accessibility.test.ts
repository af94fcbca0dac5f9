/**
 * Every page type, in light and dark mode, checked with axe in real Chromium:
 * no serious or critical violation. Also keyboard access to search and
 * filters, no sideways scrolling at 375 px, and print hiding navigation.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const site = useSiteInBrowser();

const PAGE_TYPES = [
  '/',
  '/incidents/',
  '/incidents/page/2/',
  '/incidents/2017-11-30-oom-proxy/',
  '/action-items/',
  '/action-items/page/2/',
  '/runbooks/',
  '/runbooks/cordon-oom-node/',
  '/services/',
  '/services/binder-proxy/',
  '/tags/',
  '/tags/oom/',
  '/stats/',
  '/search/?q=proxy',
  '/no-such-page/',
];

describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
  it.each(PAGE_TYPES)('%s has no serious or critical accessibility violation', async (path) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(site.server.url + path);
    if (path.startsWith('/search/'))
      await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
    const results = await new AxeBuilder({ page }).analyze();
    await context.close();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
      );
    expect(serious).toEqual([]);
  });
});

describe('every page type loads cleanly', () => {
  it.each(PAGE_TYPES)('%s logs no console error and has no failed request', async (path) => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      // The 404 page is expected to answer 404; that is not an error of the page.
      if (m.type() === 'error' && !(path === '/no-such-page/' && /404/.test(m.text()))) problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    page.on('response', (r) => {
      if (r.status() >= 400 && r.url() !== site.server.url + path) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('keyboard, small screens and print', () => {
  it('reaches the search box, the filters and the runbook copy buttons with Tab', async () => {
    const page = site.page;
    await page.goto(`${site.server.url}/search/`);
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(
          () =>
            document.activeElement?.id || document.activeElement?.getAttribute('name') || document.activeElement?.className || '',
        ),
      );
    }
    expect(reached).toContain('site-search-q');
    expect(reached).toContain('search-q');
    expect(reached).toContain('service');
    await page.goto(`${site.server.url}/runbooks/cordon-oom-node/`);
    const buttons = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      buttons.add(await page.evaluate(() => document.activeElement?.className ?? ''));
    }
    expect(buttons).toContain('step-link-button');
    expect(buttons).toContain('code-copy-button');
  });

  it.each(PAGE_TYPES)('%s renders at 375 px without sideways scrolling', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.server.url + path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await context.close();
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('hides the navigation when printed', async () => {
    const page = site.page;
    await page.goto(`${site.server.url}/incidents/2017-11-30-oom-proxy/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
