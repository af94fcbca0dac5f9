/** The seed incident's page in real Chromium: the SVG timeline is there, complete, and in time order. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiIncident } from '../../src/lib/incidents/incident-api.ts';
import { launchChromium } from '../support/browser.ts';
import { startPreview, type PreviewServer } from '../support/preview-server.ts';

const SEED = '/incidents/2017-11-30-oom-proxy/';
let server: PreviewServer;
let browser: Browser;
let page: Page;
let seed: ApiIncident | undefined;
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = await startPreview(inject('siteDir'));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  const api = (await (await fetch(`${server.url}/api/incidents.json`)).json()) as ApiIncident[];
  seed = api.find((i) => i.id === '2017-11-30-oom-proxy');
  await page.goto(server.url + SEED);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the seed incident page', () => {
  it('shows the SVG timeline', async () => {
    const chart = page.locator('svg.timeline-chart');
    await expect.poll(() => chart.isVisible()).toBe(true);
    expect(await chart.getAttribute('role')).toBe('img');
  });

  it('draws one marker per timeline entry', async () => {
    expect(seed?.timeline.length).toBeGreaterThan(0);
    expect(await page.locator('svg.timeline-chart .marker').count()).toBe(seed?.timeline.length);
  });

  it('places the markers left to right in time order', async () => {
    // Measure each marker's dot, not its group, which also holds the label.
    const markers = await page.locator('svg.timeline-chart .marker[data-at]').evaluateAll((nodes) =>
      nodes.map((n) => {
        const box = (n.querySelector('.dot') ?? n).getBoundingClientRect();
        return { at: n.getAttribute('data-at') ?? '', x: box.left + box.width / 2 };
      }),
    );
    expect(markers.map((m) => m.at).sort()).toEqual(seed?.timeline.flatMap((e) => (e.at ? [e.at] : [])).sort());
    const byTime = [...markers].sort((a, b) => a.at.localeCompare(b.at));
    for (let i = 1; i < byTime.length; i++) {
      const [before, after] = [byTime[i - 1], byTime[i]];
      if (before && after && after.at > before.at) expect(after.x, `${after.at} right of ${before.at}`).toBeGreaterThan(before.x);
    }
  });

  it('logs no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('fits a 375-pixel screen without scrolling sideways', async () => {
    const narrow = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await narrow.goto(server.url + SEED);
    const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await narrow.close();
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
