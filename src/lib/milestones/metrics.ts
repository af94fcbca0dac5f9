/** Durations computed from milestones, never typed by hand. */
import type { MilestoneInstants } from './milestone.ts';

/** Minutes from start to each later milestone; null where either end is missing. */
export interface IncidentMetrics {
  timeToDetectMinutes: number | null;
  timeToMitigateMinutes: number | null;
  timeToResolveMinutes: number | null;
}

function minutesBetween(from: Date | null, to: Date | null): number | null {
  if (!from || !to) return null;
  return Math.round((to.getTime() - from.getTime()) / 60_000);
}

/** Time to detect, mitigate and resolve, each measured from the start. */
export function computeMetrics(m: MilestoneInstants): IncidentMetrics {
  return {
    timeToDetectMinutes: minutesBetween(m.started, m.detected),
    timeToMitigateMinutes: minutesBetween(m.started, m.mitigated),
    timeToResolveMinutes: minutesBetween(m.started, m.resolved),
  };
}

/** `37 min`, `2 h 05 min`, `3 d 4 h` — for people. */
export function formatDuration(minutes: number | null): string {
  if (minutes === null) return '—';
  if (minutes < 60) return `${minutes} min`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return `${days} d ${hours} h`;
  return `${hours} h ${String(rest).padStart(2, '0')} min`;
}
