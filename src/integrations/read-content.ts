/**
 * Reads the content folder from disk for the checker, and refuses, before
 * reading it, anything Astro's loader must not publish or cannot read: links
 * that lead outside the content folder, devices, sockets and FIFOs (which
 * would hang a reader), files too large to be a report, and files the loader
 * would skip or read under another name.
 */
import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import {
  CONTENT_PATTERNS,
  contentPathProblem,
  MAX_CONTENT_FILE_BYTES,
  type ContentKind,
  type SourceFile,
} from '../lib/content/content-file.ts';
import type { ManifestInput } from '../lib/content/check-collection.ts';
import type { Problem } from '../lib/problem.ts';
import type { LinkManifest } from '../lib/runbooks/link-manifest.ts';

/** Whether `path` is `folder` or inside it; both real (symbolic links resolved). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** What a directory entry is, by its own type (never by opening it). */
function kindOf(
  entry: Pick<Dirent, 'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>,
): string {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (entry.isFIFO()) return 'FIFO (named pipe)';
  if (entry.isSocket()) return 'socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'device';
  return 'special file';
}

const CONTENT_NAME = /\.mdx?$/;
const CONTENT_LIKE_NAME = /\.(mdx?|markdown)$/i;

/** Every incident and runbook file below `contentDir` that is safe to read, and a problem for each that is not. */
export async function readContent(root: string, contentDir: string): Promise<{ files: SourceFile[]; problems: Problem[] }> {
  const base = resolve(root, contentDir);
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  let realBase: string;
  try {
    realBase = await realpath(base);
  } catch {
    return { files, problems };
  }
  const refuse = (path: string, message: string, field = 'file') =>
    problems.push({ file: relative(root, path), line: 1, field, severity: 'error', message });

  const reads: Promise<void>[] = [];
  // Folders already walked, by real path, so a link to a folder above itself ends.
  const walked = new Set<string>();
  const walk = async (dir: string, kind: ContentKind): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') refuse(dir, `folder cannot be read (${code ?? String(error)})`);
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      // Ignored as Astro's loader ignores them (CONTENT_PATTERNS): drafts kept aside, editor and VCS files.
      if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      let type = kindOf(entry);
      let realPath = path;
      if (entry.isSymbolicLink()) {
        try {
          realPath = await realpath(path);
        } catch {
          refuse(path, 'is a symbolic link to nothing (its target does not exist); remove it or copy the file in');
          continue;
        }
        if (!isInside(realBase, realPath)) {
          refuse(
            path,
            `is a symbolic link to ${realPath}, outside the content folder; content is read only from inside ${relative(root, base) || '.'}/, so copy it in instead`,
          );
          continue;
        }
        type = kindOf(await stat(realPath));
      }
      if (type === 'folder') {
        const real = entry.isSymbolicLink() ? realPath : await realpath(path);
        if (walked.has(real)) continue;
        walked.add(real);
        await walk(path, kind);
        continue;
      }
      if (type !== 'file') {
        refuse(path, `is a ${type}, not a file; only plain files may be in the content folder`);
        continue;
      }
      if (!CONTENT_NAME.test(entry.name)) {
        if (CONTENT_LIKE_NAME.test(entry.name))
          refuse(
            path,
            `only files ending in ".md" or ".mdx", in lower case, are read, so this one would not be published; rename it`,
          );
        continue;
      }
      const named = contentPathProblem(relative(base, path));
      if (named) refuse(path, named, 'id');
      // Read while the walk goes on, as a glob's caller would, rather than one file after another.
      reads.push(
        lstat(realPath).then(async ({ size }) => {
          if (size > MAX_CONTENT_FILE_BYTES) {
            refuse(
              path,
              `is ${size.toLocaleString('en')} bytes, over the limit of ${MAX_CONTENT_FILE_BYTES.toLocaleString('en')} bytes (1 MiB) for a report or runbook; split it or move data out of it`,
            );
            return;
          }
          files.push({ kind, path: relative(root, path), source: await readFile(realPath, 'utf8') });
        }),
      );
    }
  };
  for (const kind of Object.keys(CONTENT_PATTERNS) as ContentKind[]) {
    const top = join(base, kind);
    const realTop = await realpath(top).catch(() => undefined);
    if (realTop === undefined) continue;
    if (!isInside(realBase, realTop)) {
      refuse(top, `is a symbolic link to ${realTop}, outside the content folder; content is read only from inside it`);
      continue;
    }
    walked.add(realTop);
    await walk(top, kind);
  }
  await Promise.all(reads);
  const order = (a: SourceFile, b: SourceFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const kinds = Object.keys(CONTENT_PATTERNS);
  files.sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || order(a, b));
  return { files, problems };
}

/** Every incident and runbook file below `contentDir` that is safe to read, with paths relative to `root` for messages. */
export async function readContentFiles(root: string, contentDir: string): Promise<SourceFile[]> {
  return (await readContent(root, contentDir)).files;
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
