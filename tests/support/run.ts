/** Runs the project's own commands the way npm scripts do, for build tests. */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What a command printed and how it ended. */
export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a Node script of the project (with this test's Node) in the project root. */
export function runNode(args: string[], env: Record<string, string> = {}): RunResult {
  const result = spawnSync(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `npm run build` (Astro's build, then the search index) with the given environment. */
export function siteBuild(env: Record<string, string>): RunResult {
  return runNode([join(PROJECT_ROOT, 'scripts', 'build.ts')], env);
}

/** Runs a Node script of the project without blocking this process, so a test's own servers keep answering. */
export function runNodeAsync(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
