/**
 * The documented shape of `dist/api/incidents.json`. Other tools read it, so
 * fields are only ever added, never renamed or removed.
 */
import type { Incident } from './incident-model.ts';
import type { IncidentMetrics } from '../milestones/metrics.ts';
import { zoneName } from '../timezone.ts';

/** One timeline entry in the export. */
export interface ApiTimelineEntry {
  /** ISO 8601 UTC instant; null when the time is unknown. */
  at: string | null;
  /** End of a range, ISO 8601 UTC; null otherwise. */
  endAt: string | null;
  /** The entry's title, or its first paragraph. */
  text: string;
  /** The heading exactly as written. */
  original: string;
  approximate: boolean;
  /** `minute`, `day` (a date-only entry) or `unknown`. */
  precision: string;
  /** Milestones this entry marks. */
  milestones: string[];
}

/** One action item in the export. */
export interface ApiActionItem {
  title: string;
  /** The first link: the tracking issue or pull request when there is one. */
  url: string | null;
  /** The tracker's state; null until it has been synced from GitHub. Never guessed. */
  state: string | null;
}

/** One incident in the export. */
export interface ApiIncident {
  id: string;
  title: string;
  url: string;
  date: string;
  timezone: string;
  severity: string | null;
  services: string[];
  tags: string[];
  startedAt: string | null;
  detectedAt: string | null;
  mitigatedAt: string | null;
  resolvedAt: string | null;
  metrics: IncidentMetrics;
  timeline: ApiTimelineEntry[];
  actionItems: ApiActionItem[];
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** The export object for one incident; `url` is the page's absolute URL. */
export function toApiIncident(incident: Incident, url: string): ApiIncident {
  const { data, milestones } = incident;
  return {
    id: incident.id,
    title: data.title,
    url,
    date: data.date,
    timezone: zoneName(incident.zone),
    severity: data.severity ?? null,
    services: data.services,
    tags: data.tags,
    startedAt: iso(milestones.started),
    detectedAt: iso(milestones.detected),
    mitigatedAt: iso(milestones.mitigated),
    resolvedAt: iso(milestones.resolved),
    metrics: incident.metrics,
    timeline: incident.timeline.map((e) => ({
      at: iso(e.at),
      endAt: iso(e.endAt),
      text: e.text,
      original: e.original,
      approximate: e.approximate,
      precision: e.precision,
      milestones: e.milestones,
    })),
    actionItems: incident.actionItems.map((item) => ({
      title: item.title,
      url: item.github[0]?.url ?? item.links[0] ?? null,
      state: null,
    })),
  };
}
