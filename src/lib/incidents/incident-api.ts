/**
 * The documented shape of `dist/api/incidents.json`. Other tools read it, so
 * fields are only ever added, never renamed or removed.
 */
import type { Incident } from './incident-model.ts';
import type { IncidentMetrics } from '../milestones/metrics.ts';
import { zoneName } from '../timezone.ts';
import type { StatusCache } from '../github/tracker-status.ts';

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
  /** The first link: the tracking issue or pull request when there is one (its current URL once synced). */
  url: string | null;
  /** open, draft, closed-completed, closed-not-planned, merged or closed-unmerged; null until synced from GitHub. Never guessed. */
  state: string | null;
  /** When the state was fetched; null when never synced. */
  syncedAt: string | null;
  type: string;
  owner: string | null;
  priority: string | null;
  due: string | null;
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

/** The export object for one incident; `url` is the page's absolute URL; `statuses` is the synced cache. */
export function toApiIncident(incident: Incident, url: string, statuses: StatusCache['statuses'] = {}): ApiIncident {
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
    actionItems: incident.actionItems.map((item) => {
      const status = item.github[0] ? statuses[item.github[0].key.toLowerCase()] : undefined;
      return {
        title: item.title,
        url: status?.url ?? item.github[0]?.url ?? item.links[0] ?? null,
        state: status?.state ?? null,
        syncedAt: status?.fetchedAt ?? null,
        type: item.type,
        owner: item.owner ?? null,
        priority: item.priority ?? null,
        due: item.due ?? null,
      };
    }),
  };
}
