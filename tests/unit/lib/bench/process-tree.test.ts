import { describe, expect, it } from 'vitest';
import { parseChildrenCpuTicks, parseProcStat, treeRss } from '../../../../src/lib/bench/process-tree.ts';

describe('treeRss', () => {
  const processes = [
    { pid: 1, ppid: 0, rss: 1 },
    { pid: 10, ppid: 1, rss: 100 },
    { pid: 11, ppid: 10, rss: 20 },
    { pid: 12, ppid: 11, rss: 3 },
    { pid: 20, ppid: 1, rss: 5000 },
  ];

  it('sums a process and every descendant, and nothing beside them', () => {
    expect(treeRss(processes, 10)).toBe(123);
  });

  it('is zero for a process that has gone', () => {
    expect(treeRss(processes, 99)).toBe(0);
  });
});

describe('parseProcStat', () => {
  it('reads pid, parent and resident pages, even when the command name holds spaces and parentheses', () => {
    const line =
      '4242 (node (astro) x) S 4200 4242 1097 0 -1 4194304 98 0 0 0 5 1 0 0 20 0 11 0 100815 3133440 409 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0';
    expect(parseProcStat(line, 4096)).toEqual({ pid: 4242, ppid: 4200, rss: 409 * 4096 });
  });

  it('gives up on a line it cannot read', () => {
    expect(parseProcStat('garbage', 4096)).toBeUndefined();
  });
});

describe('parseChildrenCpuTicks', () => {
  it("adds the finished children's user and system ticks, not the process's own", () => {
    // utime 5, stime 1, cutime 700, cstime 42.
    const line =
      '4242 (node (astro) x) S 4200 4242 1097 0 -1 4194304 98 0 0 0 5 1 700 42 20 0 11 0 100815 3133440 409 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0';
    expect(parseChildrenCpuTicks(line)).toBe(742);
  });

  it('gives up on a line it cannot read', () => {
    expect(parseChildrenCpuTicks('4242 (node) S 1 2')).toBeUndefined();
    expect(parseChildrenCpuTicks('garbage')).toBeUndefined();
  });
});
