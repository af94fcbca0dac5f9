/** When an incident began, for sorting and listing. */
import { toUtcInstant } from '../timezone.ts';
import type { Incident } from './incident-model.ts';

/** The started milestone, else the first timed entry, else the start of its date in its zone. */
export function incidentStart(incident: Incident): Date {
  if (incident.milestones.started) return incident.milestones.started;
  const first = incident.timeline.find((e) => e.at !== null);
  if (first?.at) return first.at;
  const [year, month, day] = incident.data.date.split('-').map(Number) as [number, number, number];
  const midnight = toUtcInstant({ year, month, day, hour: 0, minute: 0 }, incident.zone);
  return midnight.ok ? midnight.value : new Date(Date.UTC(year, month - 1, day));
}

/** Newest first; ties broken by id so the order never depends on file-system order. */
export function compareIncidentsNewestFirst(a: Incident, b: Incident): number {
  return incidentStart(b).getTime() - incidentStart(a).getTime() || a.id.localeCompare(b.id);
}
