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

  it('opens a step link with the step in view and highlighted', async () => {
    await page.goto(`${server.url}/runbooks/proxy-pod-crashloopbackoff/#delete-the-proxy-pod`);
    const step = page.locator('#delete-the-proxy-pod');
    expect(
      await step.evaluate((el) => el.matches(':target') && getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)'),
    ).toBe(true);
    const top = await step.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(200);
  });

  it('puts the stable URL of a step on the clipboard with its copy-link button', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const tab = await context.newPage();
    await tab.goto(`${server.url}/runbooks/cordon-oom-node/`);
    await tab.locator('#cordon-the-node .step-link-button').click();
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(
      `${server.url}/runbooks/cordon-oom-node/#cordon-the-node`,
    );
    await context.close();
  });

  it('lands #step-3 on the third step, highlighted', async () => {
    await page.goto(`${server.url}/runbooks/cordon-oom-node/#step-3`);
    await page.waitForURL(/#cordon-the-node$/);
    expect(await page.locator('#cordon-the-node').getAttribute('class')).toContain('step-highlight');
  });

  it('sends an old runbook address and its old step fragment to the step as it is now', async () => {
    await page.goto(`${server.url}/runbooks/oom-node/#cordon`);
    await page.waitForURL(/\/runbooks\/cordon-oom-node\/#cordon-the-node$/);
    const top = await page.locator('#cordon-the-node').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(200);
  });

  it('gives every code block a copy button', async () => {
    await page.goto(`${server.url}/runbooks/cordon-oom-node/`);
    expect(await page.locator('.code-copy-button').count()).toBe(await page.locator('.prose pre').count());
  });

  it('keeps an old fragment working after a step of an MDX runbook got an explicit id', async () => {
    await page.goto(`${server.url}/runbooks/hub-unresponsive/#restart-the-hub-pod`);
    await page.waitForURL(/#restart-hub$/);
    expect(await page.locator('#restart-hub').textContent()).toContain('Restart the hub pod');
  });
});
