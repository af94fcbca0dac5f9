/**
 * A large site's search index comes in several bundles, merged in the
 * browser. The example site is built again with four pages a bundle, so the
 * merge is exercised here in real Chromium against real Pagefind bundles.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { startPreview, type PreviewServer } from '../support/preview-server.ts';
import { siteBuild } from '../support/run.ts';

const QUERIES = ['q=proxy', 'q=OOMKilling', 'q=postgres-primary', 'q=certificate', 'type=incident'];

let dir = '';
let bundled: PreviewServer | undefined;
let browser: Browser;
let page: Page;
/** What the single index of the example site answers, for comparison. */
const expected = new Map<string, Awaited<ReturnType<typeof results>>>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-bundled-'));
  const build = siteBuild({ HINDSIGHT_OUT_DIR: dir, HINDSIGHT_SEARCH_PAGES_PER_BUNDLE: '4' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  browser = await launchChromium();
  page = await browser.newPage();
  // Astro serves one preview at a time: first the single index, then the bundled one.
  const single = await startPreview(inject('siteDir'));
  try {
    for (const q of QUERIES) expected.set(q, await results(single, q));
  } finally {
    await single.stop();
  }
  bundled = await startPreview(dir);
});

afterAll(async () => {
  await browser?.close();
  await bundled?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const server = (): PreviewServer => {
  if (!bundled) throw new Error('the bundled site is not being served');
  return bundled;
};

async function results(server: PreviewServer, query: string): Promise<{ urls: string[]; dates: string[]; status: string }> {
  await page.goto(`${server.url}/search/?${query}`);
  await page.waitForFunction(() => /results?[.,]|result,/.test(document.getElementById('search-status')?.textContent ?? ''));
  const urls = await page.locator('.search-result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const dates = await page
    .locator('.search-result .meta')
    .evaluateAll((metas) => metas.map((m) => /\d{4}-\d{2}-\d{2}/.exec(m.textContent ?? '')?.[0] ?? ''));
  return { urls, dates, status: (await page.locator('#search-status').textContent()) ?? '' };
}

describe('a search index in several bundles', () => {
  it('is written as several bundles, listed for the browser', () => {
    const list = JSON.parse(readFileSync(join(dir, 'pagefind', 'hindsight-bundles.json'), 'utf8')) as { bundles: string[] };
    expect(list.bundles.length).toBeGreaterThan(1);
  });

  // Each bundle matches words against its own vocabulary, so a bundle of four
  // pages may add a near match the whole site's index ranks away; what the
  // single index finds must all be there.
  it('finds everything the single index finds, whichever bundle holds it', async () => {
    for (const q of QUERIES.slice(0, 4)) {
      const one = expected.get(q);
      const many = await results(server(), q);
      expect(many.urls.length, q).toBeGreaterThan(0);
      expect(one?.urls.length, q).toBeGreaterThan(0);
      for (const url of one?.urls ?? []) expect(many.urls, q).toContain(url);
    }
  });

  it('lists a filter-only search newest first across bundles, as the single index does', async () => {
    const one = expected.get('type=incident');
    const many = await results(server(), 'type=incident');
    expect(many.urls).toEqual(one?.urls);
    expect(many.dates.length).toBeGreaterThan(3);
    expect(many.dates).toEqual([...many.dates].sort().reverse());
    expect(many.status).toBe(one?.status);
  });

  it('keeps "newest first" for a query too', async () => {
    const many = await results(server(), 'q=proxy&sort=newest');
    const datesOfDated = many.dates.filter(Boolean);
    expect(datesOfDated.length).toBeGreaterThan(1);
    expect(datesOfDated).toEqual([...datesOfDated].sort().reverse());
  });
});
