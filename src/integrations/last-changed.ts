/**
 * When a content file last changed: from git history, read once per build,
 * or the file's own modification date where git knows nothing of it.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { GIT_LOG_ARGS, lastChangedFromGitLog } from '../lib/git/parse-git-log.ts';

let history: Map<string, string> | undefined;

function gitHistory(root: string): Map<string, string> {
  if (history) return history;
  try {
    const output = execFileSync('git', [...GIT_LOG_ARGS, '--', '.'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    // git prints paths relative to the repository's top, which is the project root here.
    history = lastChangedFromGitLog(output);
  } catch {
    history = new Map();
  }
  return history;
}

/** The last change of `filePath` (relative to `root`) as an ISO date, and where it came from. */
export function lastChanged(root: string, filePath: string): { date: string; source: 'git' | 'file' } | undefined {
  const fromGit = gitHistory(root).get(filePath.replace(/\\/g, '/'));
  if (fromGit) return { date: fromGit, source: 'git' };
  try {
    return { date: statSync(resolve(root, filePath)).mtime.toISOString(), source: 'file' };
  } catch {
    return undefined;
  }
}
