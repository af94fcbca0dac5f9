/**
 * What GitHub said about an issue or pull request, as kept in the committed
 * cache (data/github-status.json). Builds read only the cache, so they stay
 * reproducible and offline; a reference never synced has no entry, and pages
 * say "not synced yet" rather than guess.
 */

/** The states a tracker can be in, issues and pull requests together. */
export const TRACKER_STATES = ['open', 'draft', 'closed-completed', 'closed-not-planned', 'merged', 'closed-unmerged'] as const;
export type TrackerState = (typeof TRACKER_STATES)[number];

/** One issue or pull request as last fetched. */
export interface TrackerStatus {
  /** `owner/repo#123` as the reports name it. */
  key: string;
  kind: 'issue' | 'pull';
  state: TrackerState;
  title: string;
  assignees: string[];
  labels: string[];
  closedAt: string | null;
  mergedAt: string | null;
  /** The current URL, which differs from the written one after a transfer or rename. */
  url: string;
  /** When this state was fetched (ISO 8601). */
  fetchedAt: string;
  /** The ETag of the response, for conditional requests that cost no rate limit. */
  etag?: string;
  /** The last sync's failure for this reference, with the state above kept from before. */
  error?: { message: string; at: string };
}

/** The cache file. */
export interface StatusCache {
  version: 1;
  statuses: Record<string, TrackerStatus>;
}

/** An empty cache. */
export const EMPTY_CACHE: StatusCache = { version: 1, statuses: {} };

/** Whether a follow-up is finished: closed as completed, or merged. */
export function isDone(state: TrackerState): boolean {
  return state === 'closed-completed' || state === 'merged';
}

/** Whether it ended without being done: closed as not planned, or a pull request closed unmerged. */
export function isAbandoned(state: TrackerState): boolean {
  return state === 'closed-not-planned' || state === 'closed-unmerged';
}

/** Words for readers. */
export const STATE_LABELS: Record<TrackerState, string> = {
  open: 'open',
  draft: 'draft',
  'closed-completed': 'done',
  'closed-not-planned': 'closed, not planned',
  merged: 'merged',
  'closed-unmerged': 'closed unmerged',
};
