/** Reads the content folder from disk for the checker. */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { CONTENT_PATTERNS, type ContentKind, type SourceFile } from '../lib/content/content-file.ts';

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
