/**
 * How much CPU the processes this one started have used. Wall time alone
 * hides it: Pagefind spreads over both cores, so its seconds of CPU, not of
 * the clock, say what it costs, and their sum over two cores is the least time
 * any build doing the same work could take here.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseChildrenCpuTicks } from '../lib/bench/process-tree.ts';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      // Linux reports times to user space in hundredths of a second on every common platform.
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/**
 * CPU seconds, user and system, of the children this process has started and
 * seen exit (and of their children); undefined where /proc cannot be read.
 * Read before and after a step, the difference is what the step's processes
 * used.
 */
export function childrenCpuSeconds(): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const ticks = parseChildrenCpuTicks(readFileSync('/proc/self/stat', 'utf8'));
    return ticks === undefined ? undefined : ticks / clockTicks();
  } catch {
    return undefined;
  }
}

/** The CPU seconds used by the children that exited between `before` (a reading of `childrenCpuSeconds`) and now. */
export function childrenCpuSince(before: number | undefined): number | undefined {
  const now = childrenCpuSeconds();
  return before === undefined || now === undefined ? undefined : now - before;
}
