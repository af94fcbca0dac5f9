/** Reads when each file last changed from one `git log` over the content folder. */

/** The format to ask git for: a NUL, the commit date, then the files it touched. */
export const GIT_LOG_ARGS = ['log', '--format=%x00%cI', '--name-only', '--no-renames'];

/**
 * Maps each path to the date of the newest commit that touched it. git lists
 * commits newest first, so the first date seen for a path is its last change.
 */
export function lastChangedFromGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const chunk of output.split('\0')) {
    const [date, ...files] = chunk.split('\n').map((l) => l.trim());
    if (!date) continue;
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}
