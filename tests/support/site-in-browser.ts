/** Serves the built example site and opens Chromium on it, for the browser tests. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './browser.ts';
import { startPreview, type PreviewServer } from './preview-server.ts';

/** The server, browser and page a test file shares; filled in before its tests run. */
export interface SiteInBrowser {
  server: PreviewServer;
  browser: Browser;
  page: Page;
}

/** Starts `astro preview` and Chromium before the file's tests and stops both after them. */
export function useSiteInBrowser(): SiteInBrowser {
  const site = {} as SiteInBrowser;
  beforeAll(async () => {
    site.server = await startPreview(inject('siteDir'));
    site.browser = await launchChromium();
    site.page = await site.browser.newPage();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}
