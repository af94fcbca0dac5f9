/** Runbook links in real Chromium: alerts land on their runbook, steps land in view. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { startPreview, type PreviewServer } from '../support/preview-server.ts';

let server: PreviewServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startPreview(inject('siteDir'));
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('alerts and runbook steps', () => {
  it.each(['BinderProxyCrashLooping', 'binderproxycrashlooping', 'BINDERPROXYCRASHLOOPING'])(
    '/alerts/%s/ lands on the proxy runbook',
    async (name) => {
      await page.goto(`${server.url}/alerts/${name}/`);
      await page.waitForURL(/\/runbooks\/proxy-pod-crashloopbackoff\/$/);
      expect(await page.locator('h1').textContent()).toBe('Proxy pod in CrashLoopBackOff');
    },
  );

  it('opens a step link with the step in view', async () => {
    await page.goto(`${server.url}/runbooks/proxy-pod-crashloopbackoff/#delete-the-proxy-pod`);
    const top = await page.locator('#delete-the-proxy-pod').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(200);
  });
});
