/**
 * Every GitHub issue and pull request linked in the mybinder.org reports'
 * action items is recognised, in whatever style the authors linked it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractActionItems } from '../../src/lib/action-items/extract-action-items.ts';
import { outline, findSection } from '../../src/lib/markdown/outline.ts';
import { SHARED_DIR, SKIP_REASON } from './shared-corpus.ts';

const dir = SHARED_DIR ? join(SHARED_DIR, 'corpus', 'incidents', 'mybinder') : '';
const reports = SHARED_DIR ? readdirSync(dir).filter((f) => /^\d{4}-\d{2}-\d{2}-.*\.md$/.test(f)) : [];
const GITHUB_LINK = /https?:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\/(issues|pull)\/(\d+)/g;

describe.skipIf(!SHARED_DIR)('GitHub references in the mybinder.org action items', () => {
  it.each(reports)('%s: every linked issue and pull request is recognised, as the URL says', (file) => {
    const blocks = outline(readFileSync(join(dir, file), 'utf8'));
    const section = findSection(blocks, /^action items?\b/i);
    const written = [...(section?.blocks.map((b) => b.source).join('\n') ?? '').matchAll(GITHUB_LINK)].map(
      (m) => `${m[1]}/${m[2]}#${m[4]} ${m[3] === 'pull' ? 'pull' : 'issue'}`,
    );
    const found = extractActionItems(blocks).flatMap((item) => item.github.map((g) => `${g.key} ${g.kind}`));
    for (const ref of written) expect(found).toContain(ref);
  });

  it('finds references in most reports', () => {
    const withRefs = reports.filter((file) =>
      extractActionItems(outline(readFileSync(join(dir, file), 'utf8'))).some((i) => i.github.length > 0),
    );
    expect(withRefs.length).toBeGreaterThan(10);
  });
});

if (!SHARED_DIR) {
  describe('GitHub references in the mybinder.org action items', () => {
    it.skip(SKIP_REASON, () => {});
  });
}
