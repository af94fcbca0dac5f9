/** Reads GitHub's REST issue response (which covers pull requests too) into a tracker status. */
import type { TrackerState, TrackerStatus } from './tracker-status.ts';

/** The fields of GET /repos/{owner}/{repo}/issues/{number} that are used. */
export interface RestIssue {
  state: 'open' | 'closed';
  state_reason?: string | null;
  title: string;
  html_url: string;
  closed_at: string | null;
  draft?: boolean;
  assignees?: { login: string }[] | null;
  labels?: ({ name?: string } | string)[];
  pull_request?: { merged_at: string | null } | null;
}

function isRestIssue(value: unknown): value is RestIssue {
  const v = value as Partial<RestIssue> | null;
  return !!v && (v.state === 'open' || v.state === 'closed') && typeof v.title === 'string' && typeof v.html_url === 'string';
}

/** The state a REST issue or pull request is in. */
export function restState(issue: RestIssue): TrackerState {
  if (issue.pull_request) {
    if (issue.pull_request.merged_at) return 'merged';
    if (issue.state === 'closed') return 'closed-unmerged';
    return issue.draft ? 'draft' : 'open';
  }
  if (issue.state === 'open') return 'open';
  return issue.state_reason === 'not_planned' ? 'closed-not-planned' : 'closed-completed';
}

/** A status from a REST response body, or an error message when the body is not what GitHub sends. */
export function statusFromRest(
  key: string,
  body: unknown,
  fetchedAt: string,
  etag?: string,
): TrackerStatus | { problem: string } {
  if (!isRestIssue(body)) return { problem: 'GitHub answered with something that is not an issue or pull request' };
  return {
    key,
    kind: body.pull_request ? 'pull' : 'issue',
    state: restState(body),
    title: body.title,
    assignees: (body.assignees ?? []).map((a) => a.login),
    labels: (body.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    closedAt: body.closed_at,
    mergedAt: body.pull_request?.merged_at ?? null,
    url: body.html_url,
    fetchedAt,
    ...(etag ? { etag } : {}),
  };
}
