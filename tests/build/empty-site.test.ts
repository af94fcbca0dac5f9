/** A knowledge base with no reports yet: it builds, has no search index, and its search page says why. */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { startPreview } from '../support/preview-server.ts';
import { siteBuild } from '../support/run.ts';

const work = mkdtempSync(join(tmpdir(), 'hindsight-empty-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
mkdirSync(join(content, 'incidents'), { recursive: true });
mkdirSync(join(content, 'runbooks'), { recursive: true });
const outDir = join(work, 'dist');
const build = siteBuild({ HINDSIGHT_CONTENT_DIR: content, HINDSIGHT_OUT_DIR: outDir });

describe('an empty knowledge base', () => {
  it('builds, and says there is no search index and why', () => {
    expect(build.status).toBe(0);
    expect(build.stdout).toContain('search index: none, as there are no incidents or runbooks to index');
    expect(existsSync(join(outDir, 'search', 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'pagefind'))).toBe(false);
  });

  it('has a search page that says there is nothing to search, not that the index is missing', async () => {
    const server = await startPreview(outDir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/search/?q=proxy`);
      const status = page.locator('#search-status');
      await status.filter({ hasText: /nothing to search/ }).waitFor({ timeout: 15_000 });
      expect(await status.textContent()).toBe(
        'There is nothing to search yet: this knowledge base has no incidents or runbooks.',
      );
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});
