/** Where content lives and how a file's path becomes its id. */

/** The two kinds of content file. */
export type ContentKind = 'incidents' | 'runbooks';

/** Glob patterns, relative to the content folder, shared by the site's loaders and the checker. `_`-prefixed files are ignored. */
export const CONTENT_PATTERNS: Record<ContentKind, string[]> = {
  incidents: ['incidents/**/*.{md,mdx}', '!**/_*'],
  runbooks: ['runbooks/**/*.{md,mdx}', '!**/_*'],
};

/** The id of a content file: its name without folders or extension (`2017-11-30-oom-proxy`). */
export function idFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.(md|mdx)$/i, '').toLowerCase();
}

/** A content file read from disk. */
export interface SourceFile {
  /** Path relative to the project root, as shown in messages. */
  path: string;
  kind: ContentKind;
  source: string;
}
