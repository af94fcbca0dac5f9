/**
 * Every follow-up across incidents in one place, with the tracker's state
 * from the status cache. An issue named by several incidents is one
 * follow-up that lists them all; a state that was never synced is said to be
 * unknown, never guessed.
 */
import type { Incident } from '../incidents/incident-model.ts';
import { isAbandoned, isDone, STATE_LABELS, type StatusCache, type TrackerStatus } from '../github/tracker-status.ts';
import type { ItemType } from './item-details.ts';

/** How a follow-up stands, for grouping. */
export const FOLLOW_UP_GROUPS = [
  'open',
  'draft',
  'not synced',
  'no tracker',
  'done',
  'closed, not planned',
  'closed unmerged',
] as const;
export type FollowUpGroup = (typeof FOLLOW_UP_GROUPS)[number];

/** One follow-up and everything readers need to chase it. */
export interface FollowUp {
  key: string;
  title: string;
  type: ItemType;
  owner?: string;
  priority?: string;
  due?: string;
  url?: string;
  status?: TrackerStatus;
  group: FollowUpGroup;
  /** Days since the earliest incident that named it began. */
  ageDays: number;
  incidents: { id: string; title: string; date: string; severity: string }[];
  flags: string[];
}

/** Days a follow-up may stay open, by the worst severity of its incidents. */
export type OpenLimits = Record<string, number>;

const SEVERITY_ORDER = ['sev1', 'sev2', 'sev3', 'sev4', 'sev5', 'unrated'];

function groupOf(status: TrackerStatus | undefined, hasTracker: boolean): FollowUpGroup {
  if (!hasTracker) return 'no tracker';
  if (!status) return 'not synced';
  if (status.state === 'closed-completed' || status.state === 'merged') return 'done';
  if (status.state === 'closed-not-planned') return 'closed, not planned';
  if (status.state === 'closed-unmerged') return 'closed unmerged';
  return status.state === 'draft' ? 'draft' : 'open';
}

/** All follow-ups, most urgent first within each group. */
export function followUps(
  incidents: readonly Incident[],
  cache: StatusCache,
  options: { today: string; limits: OpenLimits },
): FollowUp[] {
  const byKey = new Map<string, FollowUp>();
  const todayMs = Date.parse(`${options.today}T00:00:00Z`);
  for (const incident of incidents) {
    const severity = incident.data.severity ?? 'unrated';
    const named = { id: incident.id, title: incident.data.title, date: incident.data.date, severity };
    for (const item of incident.actionItems) {
      const ref = item.github[0];
      const key = ref ? ref.key.toLowerCase() : `${incident.id}:${item.line}`;
      const existing = byKey.get(key);
      if (existing) {
        if (!existing.incidents.some((i) => i.id === incident.id)) existing.incidents.push(named);
        continue;
      }
      const status = ref ? cache.statuses[key] : undefined;
      byKey.set(key, {
        key,
        title: item.title,
        type: item.type,
        ...(item.owner ? { owner: item.owner } : {}),
        ...(item.priority ? { priority: item.priority } : {}),
        ...(item.due ? { due: item.due } : {}),
        ...(status?.url || ref?.url || item.links[0] ? { url: status?.url ?? ref?.url ?? item.links[0] } : {}),
        ...(status ? { status } : {}),
        group: groupOf(status, ref !== undefined),
        ageDays: 0,
        incidents: [named],
        flags: [],
      });
    }
  }
  const result = [...byKey.values()];
  for (const f of result) {
    f.incidents.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    const earliest = f.incidents.map((i) => i.date).sort()[0] ?? options.today;
    f.ageDays = Math.max(0, Math.floor((todayMs - Date.parse(`${earliest}T00:00:00Z`)) / 86_400_000));
    const worst =
      f.incidents.map((i) => i.severity).sort((a, b) => SEVERITY_ORDER.indexOf(a) - SEVERITY_ORDER.indexOf(b))[0] ?? 'unrated';
    const limit = options.limits[worst] ?? options.limits['unrated'];
    if (f.status && !isDone(f.status.state) && !isAbandoned(f.status.state) && limit !== undefined && f.ageDays > limit) {
      f.flags.push(`open ${f.ageDays} days, over the ${limit}-day limit for ${worst}`);
    }
    if (!f.owner && !(f.status?.assignees.length ?? 0)) f.flags.push('no owner');
    if (f.group === 'no tracker') f.flags.push('no tracker');
    if (f.status && isAbandoned(f.status.state)) f.flags.push(STATE_LABELS[f.status.state]);
    if (f.status?.error) f.flags.push(`last sync failed: ${f.status.error.message}`);
  }
  return result.sort(
    (a, b) =>
      FOLLOW_UP_GROUPS.indexOf(a.group) - FOLLOW_UP_GROUPS.indexOf(b.group) ||
      (a.priority ?? 'P9').localeCompare(b.priority ?? 'P9') ||
      b.ageDays - a.ageDays ||
      a.key.localeCompare(b.key),
  );
}
