import { describe, expect, it } from 'vitest';
import { copyName, shiftDates } from '../../../../src/lib/bench/page-copies.ts';

describe('page copies', () => {
  it('moves the dates of the generated years by a decade a copy, and no other date', () => {
    const html = '<time datetime="2017-11-30T16:22:00Z">2017-11-30</time> reviewed 2026-09-15, started 2015-01-01';
    expect(shiftDates(html, 0)).toBe(html);
    expect(shiftDates(html, 1)).toBe(
      '<time datetime="2027-11-30T16:22:00Z">2027-11-30</time> reviewed 2026-09-15, started 2025-01-01',
    );
    expect(shiftDates(html, 9)).toContain('2107-11-30');
  });

  it('gives every copy of every page a name of its own', () => {
    const incidents = ['2015-01-01-synthetic-1', '2024-12-31-synthetic-2', '2020-06-15-synthetic-3'];
    const names = new Set<string>();
    for (let copy = 0; copy < 10; copy++) {
      for (const name of incidents) names.add(copyName('incidents', name, copy));
      names.add(copyName('runbooks', 'runbook-1', copy));
    }
    expect(names.size).toBe(40);
    expect(copyName('incidents', '2015-01-01-synthetic-1', 3)).toBe('2045-01-01-synthetic-1');
    expect(copyName('runbooks', 'runbook-1', 2)).toBe('runbook-1-copy-2');
  });

  it('keeps the copies of a decade apart from every other copy, so they sort into bundles of their own', () => {
    const years = (copy: number) => [2015, 2024].map((y) => Number(shiftDates(`${y}-01-01`, copy).slice(0, 4)));
    for (let copy = 1; copy < 10; copy++) expect(years(copy)[0]).toBeGreaterThan(years(copy - 1)[1] ?? Infinity);
  });
});
