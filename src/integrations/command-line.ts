/** Shared plumbing for the command-line scripts: arguments, usage errors, input files. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** Prints the problem and the usage line, and exits 1. */
export function exitWithUsage(message: string, usage: string): never {
  console.error(message ? `${message}\n${usage}` : usage);
  process.exit(1);
}

/** Parses flags and positional arguments; a bad flag or no positional argument exits with the usage line. */
export function parseCommandLine<O extends ParseArgsOptionsConfig>(usage: string, options: O) {
  try {
    const parsed = parseArgs({ allowPositionals: true, options });
    if (parsed.positionals.length === 0) exitWithUsage('', usage);
    return parsed;
  } catch (error) {
    return exitWithUsage((error as Error).message, usage);
  }
}

/** The Markdown files a path names: the file itself, or every `.md`/`.markdown` (and `.erb` template) below a folder, sorted. */
export async function markdownFilesIn(path: string, options: { recursive: boolean }): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true, recursive: options.recursive });
  return entries
    .filter((e) => e.isFile() && /\.(md|markdown)(\.erb)?$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
