/**
 * `npm run build`: Astro's build, then the Pagefind search index over its
 * output. The index is built here, once Astro's process has exited, rather
 * than in an Astro hook: Astro still holds its whole heap in its last hook,
 * and at 10,000 incidents that heap and Pagefind's together passed 5 GB,
 * where one after the other stay under 4.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildSearchIndex } from '../src/integrations/search-index.ts';
import { OUT_DIR } from '../src/site.config.ts';

const root = resolve(import.meta.dirname, '..');
const astro = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (astro.status !== 0) process.exit(astro.status ?? 1);

try {
  const summary = await buildSearchIndex(resolve(root, OUT_DIR));
  console.log(
    `search index: ${summary.pages} pages (incidents and runbooks) in ${summary.bundles} bundle${summary.bundles === 1 ? '' : 's'}, ${summary.seconds.toFixed(1)} s`,
  );
} catch (error) {
  console.error(`The site was built, but its search index was not: ${(error as Error).message}`);
  process.exit(1);
}
