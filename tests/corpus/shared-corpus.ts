/** Locates `../shared`, the test data that sits beside a developer's or CI's checkout but not a user's clone. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared folder, or undefined where there is none. */
export const SHARED_DIR: string | undefined = [process.env['HINDSIGHT_SHARED_DIR'], join(projectRoot, '..', 'shared')].find(
  (dir): dir is string => dir !== undefined && existsSync(dir),
);

/** Why corpus tests are skipped, printed so a skip is never silent. */
export const SKIP_REASON = `../shared not found beside ${projectRoot}: skipping tests over the real mybinder reports (they are test data a user's clone does not have)`;

if (!SHARED_DIR) console.warn(SKIP_REASON);
