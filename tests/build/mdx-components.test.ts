/**
 * MDX content imports the content components by the project alias as the
 * checker allows it, from a content folder anywhere: the build resolves it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteBuild } from '../support/run.ts';

const outDir = mkdtempSync(join(tmpdir(), 'hindsight-mdx-alias-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
const build = siteBuild({ HINDSIGHT_CONTENT_DIR: 'tests/fixtures/sites/mdx-alias', HINDSIGHT_OUT_DIR: outDir });

describe('MDX components imported by the ~/ alias', () => {
  it('builds', () => {
    expect(build.stdout + build.stderr).not.toMatch(/failed to resolve import/i);
    expect(build.status).toBe(0);
  });

  it('renders the component and a Fragment on the page', () => {
    const html = readFileSync(join(outDir, 'incidents', '2024-06-01-alias-import', 'index.html'), 'utf8');
    expect(html).toMatch(/<aside class="callout warning"[^>]*>Imported as ~\/components/);
    expect(html).toContain('Fragment needs no import.');
  });
});
