/**
 * Warns when an evidence link (a Grafana panel, a cloud log query) points at
 * a time far from the incident: a copied link from another day is a common
 * slip, and readers who follow it see nothing relevant.
 */
import type { Incident } from '../incidents/incident-model.ts';
import type { LocatedIssue } from '../problem.ts';
import { displayTime } from '../time-display.ts';
import { incidentSpan } from '../written-times/place-prose-time.ts';

/** How far outside the incident a link's time may be: two hours, or the incident's own length if longer. */
export function evidenceTolerance(span: { from: Date; to: Date }): number {
  return Math.max(2 * 3600_000, span.to.getTime() - span.from.getTime());
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>()[\]"'`]+/g;

/** The instants a monitoring or logging URL carries in its query: Grafana from/to, Google Cloud timestamp, Kibana time ranges. */
export function timestampsInUrl(url: string): Date[] {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // A malformed escape: read what can be read.
  }
  const found: Date[] = [];
  for (const m of decoded.matchAll(/[?&](?:from|to)=(\d{13})\b/g)) found.push(new Date(Number(m[1])));
  for (const m of decoded.matchAll(
    /(?:[?&;]|\b)(?:timestamp|cursorTimestamp|startTime|endTime|start|end|from|to)[=:]["']?(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))/g,
  )) {
    found.push(new Date(m[1] as string));
  }
  return found.filter((d) => !Number.isNaN(d.getTime()));
}

/** Warnings for links whose timestamps fall far outside the incident. */
export function evidenceLinkWarnings(incident: Incident, body: string, lineOffset: number): LocatedIssue[] {
  const instants = incident.timeline.flatMap((e) => (e.at ? [e.at] : []));
  const span = incidentSpan(incident.milestones, instants);
  if (!span) return [];
  const tolerance = evidenceTolerance(span);
  const issues: LocatedIssue[] = [];
  body.split('\n').forEach((text, index) => {
    for (const url of text.match(URL_IN_TEXT) ?? []) {
      for (const at of timestampsInUrl(url)) {
        const outside = at < span.from ? span.from.getTime() - at.getTime() : at > span.to ? at.getTime() - span.to.getTime() : 0;
        if (outside > tolerance) {
          const host = /^https?:\/\/([^/]+)/.exec(url)?.[1] ?? 'a link';
          const t = displayTime(at, incident.zone);
          issues.push({
            line: index + 1 + lineOffset,
            field: 'links',
            severity: 'warning',
            message: `the ${host} link points at ${t.localDate} ${t.local} (${at.toISOString()}), ${Math.round(outside / 3600_000)} h outside the incident; was it copied from another day?`,
          });
        }
      }
    }
  });
  return issues;
}
