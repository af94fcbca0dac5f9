/**
 * Memory of a process and everything it started. A build's peak is not one
 * process's: Astro's Node process still holds its heap while Pagefind's
 * indexer runs beside it, so the benchmark sums the whole tree.
 */

/** One process as /proc describes it. */
export interface ProcessSample {
  pid: number;
  ppid: number;
  /** Resident memory in bytes. */
  rss: number;
}

/** The summed resident memory of `root` and all its descendants. */
export function treeRss(processes: ProcessSample[], root: number): number {
  const children = new Map<number, ProcessSample[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let total = 0;
  const seen = new Set<number>();
  const stack = processes.filter((p) => p.pid === root);
  while (stack.length > 0) {
    const p = stack.pop() as ProcessSample;
    if (seen.has(p.pid)) continue;
    seen.add(p.pid);
    total += p.rss;
    stack.push(...(children.get(p.pid) ?? []));
  }
  return total;
}

/** Reads the pid, parent pid and resident pages from a /proc/<pid>/stat line. */
export function parseProcStat(line: string, pageSize: number): ProcessSample | undefined {
  // The command name is in parentheses and may itself hold spaces or parentheses.
  const close = line.lastIndexOf(')');
  const pid = Number.parseInt(line, 10);
  if (close < 0 || !Number.isFinite(pid)) return undefined;
  const fields = line.slice(close + 2).split(' ');
  // After the name: state(0) ppid(1) … rss is field 24 of the whole line, index 21 here.
  const ppid = Number(fields[1]);
  const rssPages = Number(fields[21]);
  if (!Number.isFinite(ppid) || !Number.isFinite(rssPages)) return undefined;
  return { pid, ppid, rss: rssPages * pageSize };
}

/**
 * The CPU time, in clock ticks, that a process's finished children used, with
 * theirs in turn: user and system time of those it has waited for (cutime and
 * cstime, fields 16 and 17 of its /proc/<pid>/stat line).
 */
export function parseChildrenCpuTicks(line: string): number | undefined {
  const close = line.lastIndexOf(')');
  if (close < 0) return undefined;
  const fields = line.slice(close + 2).split(' ');
  // After the name: state(0) … utime(11) stime(12) cutime(13) cstime(14).
  const ticks = Number(fields[13]) + Number(fields[14]);
  return Number.isFinite(ticks) ? ticks : undefined;
}
