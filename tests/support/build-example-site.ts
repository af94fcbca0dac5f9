/**
 * Vitest global set-up for tests over the built site: builds the bundled
 * example knowledge base once into a temporary folder and shares its path.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { siteBuild } from './run.ts';

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
  const build = siteBuild({ HINDSIGHT_OUT_DIR: siteDir });
  project.provide('siteDir', siteDir);
  project.provide('buildOutput', build.stdout + build.stderr);
  project.provide('buildStatus', build.status ?? -1);
  return () => rmSync(siteDir, { recursive: true, force: true });
}
