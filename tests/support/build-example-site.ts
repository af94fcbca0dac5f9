/**
 * Vitest global set-up for tests over the built site: builds the bundled
 * example knowledge base once into a temporary folder and shares its path.
 * Its lists are paged at two items (the site's default is 100), so every
 * check of every page meets paged lists and their pagers too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { siteBuild } from './run.ts';

/** Items per page of the example site's lists in tests. */
export const TEST_LIST_PAGE_SIZE = 2;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder the example site was built into. */
    siteDir: string;
    /** What the build printed, for a test that asserts it built cleanly. */
    buildOutput: string;
    /** The build's exit status. */
    buildStatus: number;
  }
}

export default function setup(project: TestProject): () => void {
  const siteDir = mkdtempSync(join(tmpdir(), 'hindsight-site-'));
  const build = siteBuild({ HINDSIGHT_OUT_DIR: siteDir, HINDSIGHT_LIST_PAGE_SIZE: String(TEST_LIST_PAGE_SIZE) });
  project.provide('siteDir', siteDir);
  project.provide('buildOutput', build.stdout + build.stderr);
  project.provide('buildStatus', build.status ?? -1);
  return () => rmSync(siteDir, { recursive: true, force: true });
}
