/** Reads the content folder from disk for the checker. */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { CONTENT_PATTERNS, type ContentKind, type SourceFile } from '../lib/content/content-file.ts';
import type { ManifestInput } from '../lib/content/check-collection.ts';
import type { LinkManifest } from '../lib/runbooks/link-manifest.ts';

/** Every incident and runbook file below `contentDir`, with paths relative to `root` for messages. */
export async function readContentFiles(root: string, contentDir: string): Promise<SourceFile[]> {
  const base = resolve(root, contentDir);
  const kinds = Object.keys(CONTENT_PATTERNS) as ContentKind[];
  const lists = await Promise.all(
    kinds.map(async (kind) => {
      const paths = await glob(CONTENT_PATTERNS[kind], { cwd: base, absolute: true });
      return Promise.all(
        paths.sort().map(async (path) => ({ kind, path: relative(root, path), source: await readFile(path, 'utf8') })),
      );
    }),
  );
  return lists.flat();
}

/** The link manifest's path: `data/link-manifest.json` beside the content folder. */
export function linkManifestPath(root: string, contentDir: string): string {
  return resolve(dirname(resolve(root, contentDir)), 'data', 'link-manifest.json');
}

/** The link manifest, when the site keeps one. */
export async function readLinkManifest(root: string, contentDir: string): Promise<ManifestInput | undefined> {
  const path = linkManifestPath(root, contentDir);
  try {
    const manifest = JSON.parse(await readFile(path, 'utf8')) as LinkManifest;
    return { path: relative(root, path), manifest };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`${relative(root, path)} cannot be read: ${(error as Error).message}`, { cause: error });
  }
}
