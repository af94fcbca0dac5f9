/**
 * `npm run links:update`: records every runbook URL and step anchor published
 * now in data/link-manifest.json. Nothing is ever removed: once published, a
 * link must keep working, through aliases if its runbook or step moves.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { linkManifestPath, readContentFiles, readLinkManifest } from '../src/integrations/read-content.ts';
import { checkCollection } from '../src/lib/content/check-collection.ts';
import { updateManifest } from '../src/lib/runbooks/link-manifest.ts';
import { CONTENT_DIR, SAFETY_RULES } from '../src/site.config.ts';

const root = process.cwd();
const files = await readContentFiles(root, CONTENT_DIR);
const { runbooks } = checkCollection(files, SAFETY_RULES);
const published = runbooks.filter((r) => r.data.status === 'published');
const current = (await readLinkManifest(root, CONTENT_DIR))?.manifest ?? { runbooks: {} };
const next = updateManifest(current, published);
const path = linkManifestPath(root, CONTENT_DIR);
await mkdir(dirname(path), { recursive: true });
await writeFile(path, JSON.stringify(next, null, 2) + '\n');
const count = Object.values(next.runbooks).reduce((n, a) => n + a.length, 0);
console.log(`${relative(root, path)}: ${Object.keys(next.runbooks).length} runbooks, ${count} anchors`);
