/**
 * A HINDSIGHT_* variable that cannot be used stops the build before Astro
 * starts: named, without a stack trace, and with nothing written.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNode, siteBuild } from '../support/run.ts';

const tmp = mkdtempSync(join(tmpdir(), 'hindsight-settings-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run build with unusable settings', () => {
  const out = join(tmp, 'dist');
  const result = siteBuild({
    HINDSIGHT_OUT_DIR: out,
    HINDSIGHT_LIST_PAGE_SIZE: '2.5',
    HINDSIGHT_DEFAULT_TIMEZONE: 'Mars/Olympus',
  });

  it('exits 1', () => {
    expect(result.status).toBe(1);
  });

  it('names every bad variable and its value, without a stack trace', () => {
    expect(result.stderr).toContain('error: HINDSIGHT_LIST_PAGE_SIZE: must be a whole number of at least 1, not "2.5"');
    expect(result.stderr).toContain('error: HINDSIGHT_DEFAULT_TIMEZONE: must be an IANA time zone name');
    expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('writes nothing', () => {
    expect(existsSync(out)).toBe(false);
  });
});

describe('npm run sync with an unusable timeout', () => {
  const result = runNode(['scripts/sync.ts'], { HINDSIGHT_SYNC_TIMEOUT_MS: 'soon', GITHUB_API_URL: 'http://127.0.0.1:9' });

  it('stops before asking GitHub anything, naming the variable', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('error: HINDSIGHT_SYNC_TIMEOUT_MS: must be a whole number of at least 1, not "soon"');
    expect(result.stdout).not.toContain('syncing');
  });
});
