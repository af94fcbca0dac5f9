import { outline } from '../../../../src/lib/markdown/outline.ts';
import { extractTimeline } from '../../../../src/lib/timeline/extract-entries.ts';
import { resolveTimeline } from '../../../../src/lib/timeline/resolve-timeline.ts';
import { resolveZone } from '../../../../src/lib/timezone.ts';

/** Extracts and places the timeline of a Markdown body, as the site does. */
export function timelineOf(body: string, date: string, zoneText: string) {
  const zone = resolveZone(zoneText);
  if (!zone.ok) throw new Error(zone.message);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const extracted = extractTimeline(outline(body));
  if (!extracted) throw new Error('no timeline');
  const resolved = resolveTimeline(extracted.entries, { date: { year, month, day }, zone: zone.value });
  return { entries: resolved.entries, issues: [...extracted.issues, ...resolved.issues] };
}

/** The instants of a timeline as ISO strings (null for unknown). */
export function instants(body: string, date: string, zone: string): (string | null)[] {
  return timelineOf(body, date, zone).entries.map((e) => e.at?.toISOString() ?? null);
}
