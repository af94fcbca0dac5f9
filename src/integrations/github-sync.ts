/**
 * Fetches the state of GitHub issues and pull requests into the status cache.
 * Conditional REST requests (ETag) make re-syncing unchanged references cost
 * no rate limit; Octokit's throttling and retry plugins honour Retry-After and
 * x-ratelimit-reset and retry server errors, rather than a loop written here.
 * A reference that fails keeps its last known state, with the error noted.
 */
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { GitHubReference } from '../lib/action-items/github-reference.ts';
import { statusFromRest } from '../lib/github/rest-to-status.ts';
import type { StatusCache, TrackerStatus } from '../lib/github/tracker-status.ts';

/** How to reach GitHub. */
export interface SyncOptions {
  /** `https://api.github.com`, a GitHub Enterprise API, or a test server. */
  apiUrl: string;
  token?: string | undefined;
  /** Per request. */
  timeoutMs?: number;
  /** How many times a rate-limited or failed request is tried again. */
  retries?: number;
  /** The base of the back-off between retries of a server error, in ms (tests shorten it). */
  retryBaseMs?: number;
  now?: () => Date;
}

/** What a sync did. */
export interface SyncSummary {
  updated: number;
  unchanged: number;
  failed: { key: string; message: string }[];
  /** References whose URL changed (transferred or renamed), old key to new URL. */
  moved: { key: string; url: string }[];
}

const SyncingOctokit = Octokit.plugin(throttling, retry);

function redact(text: string, token: string | undefined): string {
  return token ? text.split(token).join('***') : text;
}

function describe(error: unknown): { status?: number; message: string } {
  const e = error as { status?: number; message?: string; cause?: { code?: string; message?: string } };
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (status === 404) return { status, message: 'not found: deleted, private, or not visible with this token' };
  if (status === 403 || status === 429) return { status, message: `rate limited or forbidden (HTTP ${status})` };
  if (status && status >= 500) return { status, message: `GitHub failed (HTTP ${status})` };
  const cause = e.cause?.code ?? e.cause?.message;
  return { ...(status ? { status } : {}), message: `${e.message ?? String(error)}${cause ? ` (${cause})` : ''}` };
}

/** Syncs every reference and returns the new cache; never throws for a single reference's failure. */
export async function syncStatuses(
  refs: readonly GitHubReference[],
  cache: StatusCache,
  options: SyncOptions,
): Promise<{ cache: StatusCache; summary: SyncSummary }> {
  const now = options.now ?? (() => new Date());
  const retries = options.retries ?? 2;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const octokit = new SyncingOctokit({
    ...(options.token ? { auth: options.token } : {}),
    baseUrl: options.apiUrl.replace(/\/$/, ''),
    userAgent: 'hindsight-sync',
    throttle: {
      onRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < retries,
      onSecondaryRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < retries,
    },
    retry: { retries, retryAfterBaseValue: options.retryBaseMs ?? 1000, doNotRetry: [304, 400, 401, 403, 404, 410, 422, 429] },
    request: { fetch: (url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }) },
  });

  const statuses: Record<string, TrackerStatus> = { ...cache.statuses };
  const summary: SyncSummary = { updated: 0, unchanged: 0, failed: [], moved: [] };
  const queue = [...refs];
  const worker = async () => {
    for (let ref = queue.shift(); ref; ref = queue.shift()) {
      const key = ref.key.toLowerCase();
      const previous = statuses[key];
      const at = now().toISOString();
      try {
        const response = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
          owner: ref.owner,
          repo: ref.repo,
          issue_number: ref.number,
          headers: previous?.etag ? { 'if-none-match': previous.etag } : {},
        });
        const etag = typeof response.headers.etag === 'string' ? response.headers.etag : undefined;
        const status = statusFromRest(ref.key, response.data, at, etag);
        if ('problem' in status) throw new Error(status.problem);
        statuses[key] = status;
        summary.updated++;
        if (
          status.url.toLowerCase() !== ref.url.toLowerCase() &&
          !status.url.toLowerCase().startsWith(ref.url.toLowerCase().replace('/issues/', '/pull/'))
        ) {
          summary.moved.push({ key: ref.key, url: status.url });
        }
      } catch (error) {
        const { status, message } = describe(error);
        if (status === 304 && previous) {
          statuses[key] = { ...previous, fetchedAt: at };
          delete statuses[key].error;
          summary.unchanged++;
          continue;
        }
        const safe = redact(message, options.token);
        summary.failed.push({ key: ref.key, message: safe });
        // The last known state stays; the error says why it is not fresh.
        if (previous) statuses[key] = { ...previous, error: { message: safe, at } };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, refs.length) }, worker));
  const sorted = Object.fromEntries(
    Object.keys(statuses)
      .sort()
      .map((k) => [k, statuses[k] as TrackerStatus]),
  );
  return { cache: { version: 1, statuses: sorted }, summary };
}
