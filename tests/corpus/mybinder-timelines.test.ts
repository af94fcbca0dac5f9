/**
 * Every timeline entry of the 23 public mybinder.org reports is read without
 * error. The reports carry no frontmatter, so each one is given the zone its
 * "All times in …" line names, as an author would.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outline } from '../../src/lib/markdown/outline.ts';
import { extractTimeline } from '../../src/lib/timeline/extract-entries.ts';
import { resolveTimeline } from '../../src/lib/timeline/resolve-timeline.ts';
import { resolveZone } from '../../src/lib/timezone.ts';
import { SHARED_DIR, SKIP_REASON } from './shared-corpus.ts';

const corpusDir = SHARED_DIR ? join(SHARED_DIR, 'corpus', 'incidents', 'mybinder') : '';
const reports = SHARED_DIR
  ? readdirSync(corpusDir)
      .filter((f) => /^\d{4}-\d{2}-\d{2}-.*\.md$/.test(f))
      .sort()
  : [];

interface HeadingRecord {
  file: string;
  line: number;
  raw: string;
}

// The zone each report declares, as the IANA name its label or offset stands for.
// ("UC/Pacific" in one report is a typo for US/Pacific.)
const DECLARED_ZONES: Record<string, string> = {
  PST: 'America/Los_Angeles',
  'PST (UTC-7)': '-07:00',
  'UC/Pacific': 'America/Los_Angeles',
  CET: 'Europe/Berlin',
  'CET (GMT+1)': 'Europe/Berlin',
  CEST: 'Europe/Berlin',
  'CEST (UTC+2)': 'Europe/Berlin',
  'Central European Time (CET)': 'Europe/Berlin',
  'UTC+1 (Zurich time)': 'Europe/Zurich',
  'GMT+2': '+02:00',
};

function declaredZone(source: string): string {
  const written = /All times in ([^\n]+)/.exec(source)?.[1]?.trim() ?? 'PST';
  const zone = DECLARED_ZONES[written];
  if (!zone) throw new Error(`no zone known for "All times in ${written}"`);
  return zone;
}

function timelineOfReport(file: string) {
  const source = readFileSync(join(corpusDir, file), 'utf8');
  const zone = resolveZone(declaredZone(source));
  if (!zone.ok) throw new Error(zone.message);
  const [year, month, day] = file.slice(0, 10).split('-').map(Number) as [number, number, number];
  const extracted = extractTimeline(outline(source));
  if (!extracted) throw new Error(`${file} has no timeline`);
  const resolved = resolveTimeline(extracted.entries, { date: { year, month, day }, zone: zone.value });
  return { extracted, resolved };
}

describe.skipIf(!SHARED_DIR)('the 23 mybinder.org reports', () => {
  it('are all there', () => {
    expect(reports).toHaveLength(23);
  });

  it.each(reports)('%s: every timeline heading reads', (file) => {
    const { extracted, resolved } = timelineOfReport(file);
    expect(extracted.issues).toEqual([]);
    expect(resolved.entries.length).toBeGreaterThan(0);
    for (const entry of resolved.entries) {
      if (entry.precision !== 'unknown') expect(entry.at, `${file}:${entry.line} "${entry.original}"`).not.toBeNull();
    }
    // The only trouble the parser may report is about the authors' order, never an unreadable entry.
    for (const issue of resolved.issues) expect(issue.message).toMatch(/out of order/);
  });

  it('find every timeline heading the corpus index lists, at its line', () => {
    const index = JSON.parse(
      readFileSync(join(SHARED_DIR ?? '', 'corpus', 'incidents', 'mybinder-timeline-headings.json'), 'utf8'),
    ) as {
      entries: HeadingRecord[];
    };
    const found = new Set<string>();
    for (const file of reports) {
      for (const entry of timelineOfReport(file).resolved.entries) found.add(`${file}:${entry.line}:${entry.original}`);
    }
    const missing = index.entries.filter((h) => !found.has(`${h.file}:${h.line}:${h.raw}`));
    expect(missing).toEqual([]);
    expect(index.entries.length).toBe(199);
  });

  it('flag the one entry written out of order (14:43 after 14:49 in the culler flood) instead of moving it a day', () => {
    const { resolved } = timelineOfReport('2018-04-18-cull-flood.md');
    expect(resolved.issues.map((i) => i.line)).toEqual([46]);
    const entry = resolved.entries.find((e) => e.line === 46);
    expect(entry?.at?.toISOString()).toBe('2018-04-18T12:43:00.000Z');
  });

  it('place the seed report at the instants the brief gives', () => {
    const { resolved } = timelineOfReport('2017-11-30-oom-proxy.md');
    const at = (text: string) => resolved.entries.find((e) => e.original === text)?.at?.toISOString();
    expect(at('2017-11-30 16:22 PST')).toBe('2017-12-01T00:22:00.000Z');
    expect(at('16:59 PST')).toBe('2017-12-01T00:59:00.000Z');
    expect(at('17:20')).toBe('2017-12-01T01:20:00.000Z');
    expect(at('17:21 PST')).toBe('2017-12-01T01:21:00.000Z');
  });

  it('read the multi-day JupyterLab report across its "## Feb 21, 13:00" day headings', () => {
    const { resolved } = timelineOfReport('2018-02-20-jupyterlab-announcement.md');
    const last = resolved.entries.at(-1);
    expect(last?.original).toBe('07:18');
    expect(last?.at?.toISOString()).toBe('2018-02-22T06:18:00.000Z');
    const unknown = resolved.entries.find((e) => e.original.startsWith('2X:XX'));
    expect(unknown).toMatchObject({ precision: 'unknown', approximate: true, at: null });
  });
});

if (!SHARED_DIR) {
  describe('the mybinder.org reports', () => {
    it.skip(SKIP_REASON, () => {});
  });
}
