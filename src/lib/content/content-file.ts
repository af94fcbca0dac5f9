/** Where content lives and how a file's path becomes its id. */
import { SLUG_NAME } from '../../schemas/url-names.ts';
import { slugify } from '../scaffold/slugify.ts';

/** The two kinds of content file. */
export type ContentKind = 'incidents' | 'runbooks';

/** Glob patterns, relative to the content folder, shared by the site's loaders and the checker. `_`-prefixed files are ignored. */
export const CONTENT_PATTERNS: Record<ContentKind, string[]> = {
  incidents: ['incidents/**/*.{md,mdx}', '!**/_*'],
  runbooks: ['runbooks/**/*.{md,mdx}', '!**/_*'],
};

/** The largest report or runbook the check reads (1 MiB): far past any real one, and short of what stalls a build. */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;

/** The id of a content file: its name without folders or extension (`2017-11-30-oom-proxy`). */
export function idFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.(md|mdx)$/i, '').toLowerCase();
}

/** What a folder in the content folder may be named: Astro reads each file by a URL built from its path. */
const FOLDER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Why a content file's path (relative to the content folder) cannot be
 * served, with a name to use instead; undefined when it can. The file name is
 * the page's URL, and Astro's loader reads a file by a URL made of its path,
 * so a "#" or "?" anywhere in it makes Astro read another file or none.
 */
export function contentPathProblem(relativePath: string): string | undefined {
  const segments = relativePath.split(/[\\/]/);
  const name = segments.pop() ?? '';
  const folder = segments.find((segment) => !FOLDER_NAME.test(segment));
  if (folder !== undefined) {
    const better = slugify(folder);
    return `folder "${folder}" may hold only letters, digits, ".", "_" and "-" and must start with a letter or digit, as Astro reads the files below it by URL${better ? `; rename it "${better}"` : ''}`;
  }
  const id = idFromPath(name);
  if (SLUG_NAME.test(id)) return undefined;
  const extension = name.slice(name.lastIndexOf('.'));
  const better = slugify(id);
  return `file name "${name}" is the page's URL, so it may hold only letters, digits, ".", "_" and "-" and must start with a letter or digit${better ? `; rename it "${better}${extension}"` : ''}`;
}

/** A content file read from disk. */
export interface SourceFile {
  /** Path relative to the project root, as shown in messages. */
  path: string;
  kind: ContentKind;
  source: string;
}
