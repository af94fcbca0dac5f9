/** The importer over the 23 public mybinder.org reports and the seed. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIncidentSource } from '../../src/lib/content/check-file.ts';
import { importReport } from '../../src/lib/importer/import-report.ts';
import { SAFETY_RULES } from '../../src/site.config.ts';
import { PROJECT_ROOT } from '../support/run.ts';
import { SHARED_DIR, SKIP_REASON } from './shared-corpus.ts';

const corpusDir = SHARED_DIR ? join(SHARED_DIR, 'corpus', 'incidents', 'mybinder') : '';
const reports = SHARED_DIR
  ? readdirSync(corpusDir)
      .filter((f) => /^\d{4}-\d{2}-\d{2}-.*\.md$/.test(f))
      .sort()
  : [];

function imported(file: string, format: 'md' | 'mdx' = 'md') {
  const source = readFileSync(join(corpusDir, file), 'utf8');
  return importReport(source, { fileName: file, format, allowedEmbedHosts: SAFETY_RULES.allowedEmbedHosts });
}

describe.skipIf(!SHARED_DIR)('importing the mybinder.org reports', () => {
  it.each(reports)('%s imports as Markdown and passes the checker without errors', (file) => {
    const result = imported(file);
    expect(result.error).toBeUndefined();
    const errors = checkIncidentSource(`content/incidents/${file}`, result.text ?? '').issues.filter(
      (i) => i.severity === 'error',
    );
    expect(errors).toEqual([]);
  });

  it.each(reports)('%s imports as MDX that parses and passes the safety check', (file) => {
    const result = imported(file, 'mdx');
    const errors = checkIncidentSource(
      `content/incidents/${file.replace(/\.md$/, '.mdx')}`,
      result.text ?? '',
      SAFETY_RULES,
    ).issues.filter((i) => i.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('gives the seed the same instants as the hand-written report', () => {
    const source = readFileSync(join(SHARED_DIR ?? '', 'seed', '2017-11-30-oom-proxy.md'), 'utf8');
    const result = importReport(source, { fileName: '2017-11-30-oom-proxy.md', format: 'md' });
    const fromImport = checkIncidentSource('a/2017-11-30-oom-proxy.md', result.text ?? '').incident;
    const handWritten = checkIncidentSource(
      'b/2017-11-30-oom-proxy.md',
      readFileSync(join(PROJECT_ROOT, 'content/incidents/2017/2017-11-30-oom-proxy.md'), 'utf8'),
    ).incident;
    expect(fromImport?.timeline.map((e) => e.at?.toISOString())).toEqual(handWritten?.timeline.map((e) => e.at?.toISOString()));
    expect(fromImport?.data.timezone).toBe('America/Los_Angeles');
    // Nothing is invented: the original marks no milestones, so none are imported.
    expect(fromImport?.milestones.started).toBeNull();
  });
});

if (!SHARED_DIR) {
  describe('importing the mybinder.org reports', () => {
    it.skip(SKIP_REASON, () => {});
  });
}
