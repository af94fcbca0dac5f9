/** Shared plumbing for the command-line scripts: arguments, usage errors, input files. */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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

/**
 * Writes a file the script creates, creating its folder; an existing file is
 * kept unless `replace` is set. Returns why it could not be written, if so.
 */
export async function writeNewFile(path: string, text: string, replace = false): Promise<string | undefined> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, { flag: replace ? 'w' : 'wx' });
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return `${path} already exists${replace ? '' : ' (use --force to replace it)'}`;
    return (error as Error).message;
  }
}
