/**
 * `npm run sync [-- --strict]`: fetches the state of every GitHub issue and pull
 * request that an action item names, into data/github-status.json. Works with
 * or without GITHUB_TOKEN; GITHUB_API_URL points it at GitHub Enterprise or a
 * test server. Failures keep the last known state and are summarised; the exit
 * code is 0 unless --strict. The token is never printed or written.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { readContentFiles } from '../src/integrations/read-content.ts';
import { syncStatuses } from '../src/integrations/github-sync.ts';
import { readStatusCache, statusCachePath, writeStatusCache } from '../src/integrations/status-cache.ts';
import { checkCollection } from '../src/lib/content/check-collection.ts';
import { referencesIn } from '../src/lib/github/references.ts';
import { CONTENT_DIR, GITHUB_API_URL, SAFETY_RULES, SYNC_RETRY_BASE_MS, SYNC_TIMEOUT_MS } from '../src/site.config.ts';

const strict = process.argv.includes('--strict');
const root = process.cwd();
const token = process.env['GITHUB_TOKEN'] || undefined;
const apiUrl = GITHUB_API_URL;

const { incidents } = checkCollection(await readContentFiles(root, CONTENT_DIR), SAFETY_RULES);
const refs = [...referencesIn(incidents.filter((i) => i.data.status === 'published')).values()].map((r) => r.ref);
const path = statusCachePath(root, CONTENT_DIR);
const before = readStatusCache(path);
console.log(`syncing ${refs.length} GitHub references from ${apiUrl} (${token ? 'with' : 'without'} a token)`);

const { cache, summary } = await syncStatuses(refs, before, {
  apiUrl,
  token,
  timeoutMs: SYNC_TIMEOUT_MS,
  retryBaseMs: SYNC_RETRY_BASE_MS,
});
await mkdir(dirname(path), { recursive: true });
await writeStatusCache(path, cache);

console.log(
  `${relative(root, path)}: ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed.length} failed`,
);
for (const moved of summary.moved) console.log(`  moved: ${moved.key} is now ${moved.url}`);
for (const failure of summary.failed) console.log(`  failed: ${failure.key}: ${failure.message} (last known state kept)`);
process.exitCode = strict && summary.failed.length > 0 ? 1 : 0;
