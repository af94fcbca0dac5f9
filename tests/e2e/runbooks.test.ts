/** Runbook links in real Chromium: alerts land on their runbook, steps land in view. */
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const site = useSiteInBrowser();

describe('alerts and runbook steps', () => {
  it.each(['BinderProxyCrashLooping', 'binderproxycrashlooping', 'BINDERPROXYCRASHLOOPING'])(
    '/alerts/%s/ lands on the proxy runbook',
    async (name) => {
      await site.page.goto(`${site.server.url}/alerts/${name}/`);
      await site.page.waitForURL(/\/runbooks\/proxy-pod-crashloopbackoff\/$/);
      expect(await site.page.locator('h1').textContent()).toBe('Proxy pod in CrashLoopBackOff');
    },
  );

  it('opens a step link with the step in view and highlighted', async () => {
    await site.page.goto(`${site.server.url}/runbooks/proxy-pod-crashloopbackoff/#delete-the-proxy-pod`);
    const step = site.page.locator('#delete-the-proxy-pod');
    expect(
      await step.evaluate((el) => el.matches(':target') && getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)'),
    ).toBe(true);
    const top = await step.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(200);
  });

  it('puts the stable URL of a step on the clipboard with its copy-link button', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const tab = await context.newPage();
    await tab.goto(`${site.server.url}/runbooks/cordon-oom-node/`);
    await tab.locator('#cordon-the-node .step-link-button').click();
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(
      `${site.server.url}/runbooks/cordon-oom-node/#cordon-the-node`,
    );
    await context.close();
  });

  it('lands #step-3 on the third step, highlighted', async () => {
    await site.page.goto(`${site.server.url}/runbooks/cordon-oom-node/#step-3`);
    await site.page.waitForURL(/#cordon-the-node$/);
    expect(await site.page.locator('#cordon-the-node').getAttribute('class')).toContain('step-highlight');
  });

  it('sends an old runbook address and its old step fragment to the step as it is now', async () => {
    await site.page.goto(`${site.server.url}/runbooks/oom-node/#cordon`);
    await site.page.waitForURL(/\/runbooks\/cordon-oom-node\/#cordon-the-node$/);
    const top = await site.page.locator('#cordon-the-node').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(200);
  });

  it('gives every code block a copy button', async () => {
    await site.page.goto(`${site.server.url}/runbooks/cordon-oom-node/`);
    expect(await site.page.locator('.code-copy-button').count()).toBe(await site.page.locator('.prose pre').count());
  });

  it('keeps an old fragment working after a step of an MDX runbook got an explicit id', async () => {
    await site.page.goto(`${site.server.url}/runbooks/hub-unresponsive/#restart-the-hub-pod`);
    await site.page.waitForURL(/#restart-hub$/);
    expect(await site.page.locator('#restart-hub').textContent()).toContain('Restart the hub pod');
  });
});
