/** npm run import over all 23 mybinder.org reports, then a build of the result. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED_DIR, SKIP_REASON } from '../corpus/shared-corpus.ts';
import { siteBuild, runNode } from '../support/run.ts';

const tmp = mkdtempSync(join(tmpdir(), 'hindsight-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!SHARED_DIR)('importing the mybinder.org reports and the public runbooks, and building them', () => {
  const corpus = join(SHARED_DIR ?? '', 'corpus', 'incidents', 'mybinder');
  const content = join(tmp, 'content');
  const run = runNode(['scripts/import.ts', corpus, '--out', join(content, 'incidents')]);

  it('imports all 23 and says what it guessed for each', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('imported 23 reports');
    expect(run.stdout.match(/guessed: timezone/g)).toHaveLength(23);
    expect(run.stdout).toContain('UC/Pacific');
  });

  it('copies the images the reports use', () => {
    expect(existsSync(join(content, 'incidents', '2022', 'img', '2022-01-27-pods.png'))).toBe(true);
  });

  it('imports every public runbook in the corpus without error, keeping alert names exact', () => {
    const runbooks = join(SHARED_DIR ?? '', 'corpus', 'runbooks');
    for (const folder of readdirSync(runbooks, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const result = runNode([
        'scripts/import-runbooks.ts',
        join(runbooks, folder.name),
        '--out',
        join(content, 'runbooks', folder.name),
      ]);
      expect(result.stderr, folder.name).toBe('');
      expect(result.status, folder.name).toBe(0);
    }
    expect(readFileSync(join(content, 'runbooks', 'prometheus-operator-runbooks', 'KubePodCrashLooping.md'), 'utf8')).toContain(
      'alerts:\n  - KubePodCrashLooping\n',
    );
  });

  it('builds the imported reports and runbooks without errors', () => {
    const outDir = join(tmp, 'dist');
    const build = siteBuild({ HINDSIGHT_CONTENT_DIR: content, HINDSIGHT_OUT_DIR: outDir });
    expect(build.stdout + build.stderr).not.toMatch(/: error: |\[ERROR\]/);
    expect(build.status).toBe(0);
    expect(existsSync(join(outDir, 'incidents', '2018-04-18-cull-flood', 'index.html'))).toBe(true);
    expect(readFileSync(join(outDir, 'alerts', 'KubePodCrashLooping', 'index.html'), 'utf8')).toContain(
      'url=/runbooks/kubepodcrashlooping/',
    );
  });
});

if (!SHARED_DIR) {
  describe('importing the mybinder.org reports and building them', () => {
    it.skip(SKIP_REASON, () => {});
  });
}
