/** Reads and writes the GitHub status cache, data/github-status.json beside the content folder. */
import { readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { EMPTY_CACHE, type StatusCache } from '../lib/github/tracker-status.ts';

/** Where the cache lives for a content folder. */
export function statusCachePath(root: string, contentDir: string): string {
  return resolve(dirname(resolve(root, contentDir)), 'data', 'github-status.json');
}

/** The cache, or an empty one when nothing has been synced. */
export function readStatusCache(path: string): StatusCache {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<StatusCache>;
    return parsed.version === 1 && parsed.statuses ? (parsed as StatusCache) : EMPTY_CACHE;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_CACHE;
    throw new Error(`${path} cannot be read: ${(error as Error).message}`, { cause: error });
  }
}

/** Writes the cache whole or not at all: to a temporary file, then renamed over the old one. */
export async function writeStatusCache(path: string, cache: StatusCache): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(cache, null, 2) + '\n');
  await rename(temporary, path);
}
