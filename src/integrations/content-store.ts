/**
 * Astro's content layer cache: every parsed and rendered entry, kept between
 * builds so a rebuild renders only what changed. Dropped whenever it could
 * serve entries it should not (another content folder, an old schema, a file
 * that failed to render), so the next build reads the content afresh.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';

// Astro writes it in one of these, by version and command.
const STORE_FILES = ['.astro/data-store.json', 'node_modules/.astro/data-store.json'];

/** Removes the content cache of the project at `root`. */
export function clearContentStore(root: string): void {
  for (const file of STORE_FILES) rmSync(join(root, file), { force: true });
}
