/**
 * Runs a command for the benchmarks and measures it: wall time, CPU time, and
 * the peak resident memory of the command and every process it starts (sampled
 * from /proc every 50 ms; Linux only, elsewhere the CPU time and peak are
 * reported as unknown).
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { childrenCpuSeconds, childrenCpuSince } from '../src/integrations/children-cpu.ts';
import { parseProcStat, treeRss, type ProcessSample } from '../src/lib/bench/process-tree.ts';

/** How a measured command went. */
export interface Measured {
  seconds: number;
  /** Peak summed RSS of the process tree in bytes; undefined where /proc cannot be read. */
  peakBytes: number | undefined;
  /** User and system CPU seconds of the command and every process it started, all cores together. */
  cpuSeconds: number | undefined;
  status: number | null;
}

async function processes(): Promise<ProcessSample[] | undefined> {
  let names: string[];
  try {
    names = await readdir('/proc');
  } catch {
    return undefined;
  }
  const samples = await Promise.all(
    names
      .filter((n) => /^\d+$/.test(n))
      .map((n) =>
        readFile(`/proc/${n}/stat`, 'utf8')
          .then((line) => parseProcStat(line, 4096))
          .catch(() => undefined),
      ),
  );
  return samples.filter((s): s is ProcessSample => s !== undefined);
}

/** Runs `command args` in `cwd` with `env` added, its output to `logFile`. */
export async function measure(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; logFile: string },
): Promise<Measured> {
  const log = createWriteStream(options.logFile);
  const t0 = performance.now();
  // One command is measured at a time, so the children that exit meanwhile are its own.
  const cpu0 = childrenCpuSeconds();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let peak: number | undefined = 0;
  let done = false;
  const sampling = (async () => {
    while (!done) {
      const list = await processes();
      if (!list) {
        peak = undefined;
        return;
      }
      if (child.pid !== undefined) peak = Math.max(peak ?? 0, treeRss(list, child.pid));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = childrenCpuSince(cpu0);
  done = true;
  await sampling;
  log.end();
  return { seconds, peakBytes: peak, cpuSeconds, status };
}
