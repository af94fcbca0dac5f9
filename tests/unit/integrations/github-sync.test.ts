/**
 * npm run sync against a fake GitHub API on 127.0.0.1, fault by fault. The
 * script runs as users run it, in its own Node process.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusCache } from '../../../src/lib/github/tracker-status.ts';
import { issueJson, startFakeGitHub, type FakeGitHub } from '../../support/fake-github.ts';
import { runNodeAsync } from '../../support/run.ts';

const TOKEN = 'ghp_secretTokenThatMustNeverLeak';
let fake: FakeGitHub;
const root = mkdtempSync(join(tmpdir(), 'hindsight-sync-'));
const content = join(root, 'content');
const cachePath = join(root, 'data', 'github-status.json');

/** An incident whose action items name the given references. */
function writeIncident(refs: string[]): void {
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, 'incidents'), { recursive: true });
  const items = refs.map((r) => `- Follow up (${r})`).join('\n');
  writeFileSync(
    join(content, 'incidents', '2024-01-01-x.md'),
    `---\ntitle: x\ndate: 2024-01-01\ntimezone: UTC\n---\n\n## Action items\n\n${items}\n`,
  );
}

async function sync(refs: string[], options: { token?: boolean; apiUrl?: string; strict?: boolean; timeoutMs?: number } = {}) {
  writeIncident(refs);
  const result = await runNodeAsync(['scripts/sync.ts', ...(options.strict ? ['--strict'] : [])], {
    HINDSIGHT_CONTENT_DIR: content,
    GITHUB_API_URL: options.apiUrl ?? fake.url,
    GITHUB_TOKEN: options.token === false ? '' : TOKEN,
    HINDSIGHT_SYNC_RETRY_BASE_MS: '20',
    HINDSIGHT_SYNC_TIMEOUT_MS: String(options.timeoutMs ?? 3000),
  });
  const cache = JSON.parse(readFileSync(cachePath, 'utf8')) as StatusCache;
  return { ...result, cache };
}

beforeAll(async () => {
  // Many unchanged references, each with its own ETag, for the rate-limit cost of a re-sync.
  const many = Object.fromEntries(
    Array.from({ length: 120 }, (_, i) => [
      `acme/bulk#${i + 1}`,
      (req: import('node:http').IncomingMessage) =>
        req.headers['if-none-match'] === `"b${i + 1}"`
          ? { status: 304 }
          : { status: 200, headers: { etag: `"b${i + 1}"` }, body: issueJson('acme', 'bulk', i + 1) },
    ]),
  );
  fake = await startFakeGitHub({
    ...many,
    'acme/ops#1': (req) =>
      req.headers['if-none-match'] === '"e1"'
        ? { status: 304 }
        : {
            status: 200,
            headers: { etag: '"e1"' },
            body: issueJson('acme', 'ops', 1, { assignees: [{ login: 'tim' }], labels: [{ name: 'oom' }] }),
          },
    'acme/ops#2': () => ({
      status: 200,
      body: issueJson('acme', 'ops', 2, { state: 'closed', state_reason: 'not_planned', closed_at: '2024-01-02T00:00:00Z' }),
    }),
    'acme/ops#3': () => ({
      status: 200,
      body: issueJson('acme', 'ops', 3, {
        state: 'closed',
        closed_at: '2024-01-03T00:00:00Z',
        pull_request: { merged_at: '2024-01-03T00:00:00Z' },
        html_url: 'https://github.com/acme/ops/pull/3',
      }),
    }),
    'acme/ops#4': () => ({
      status: 200,
      body: issueJson('acme', 'ops', 4, { state: 'closed', pull_request: { merged_at: null } }),
    }),
    'acme/ops#5': () => ({ status: 200, body: issueJson('acme', 'ops', 5, { draft: true, pull_request: { merged_at: null } }) }),
    'acme/ops#6': () => ({ status: 503, body: { message: 'unavailable' } }),
    'acme/ops#7': (_req, attempt) =>
      attempt === 1
        ? {
            status: 429,
            headers: { 'retry-after': '1' },
            body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
          }
        : { status: 200, body: issueJson('acme', 'ops', 7) },
    'acme/ops#8': () => ({ status: 404, body: { message: 'Not Found' } }),
    'acme/ops#9': () => ({ status: 301, headers: { location: '/repos/acme/platform/issues/9' } }),
    'acme/platform#9': () => ({
      status: 200,
      body: issueJson('acme', 'platform', 9, { state: 'closed', state_reason: 'completed' }),
    }),
    'acme/ops#10': () => ({ status: 200, raw: '{"state": "open", oops' }),
    'acme/ops#11': () => ({ status: 200, body: issueJson('acme', 'ops', 11, { title: '<script>alert(1)</script> fix it' }) }),
    'acme/ops#13': () => ({ status: 200, body: issueJson('acme', 'ops', 13), delayMs: 5000 }),
    'acme/ops#12': (_req, attempt) =>
      attempt === 1
        ? {
            status: 403,
            headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1) },
            body: { message: 'API rate limit exceeded' },
          }
        : { status: 200, body: issueJson('acme', 'ops', 12) },
  });
});

afterAll(async () => {
  await fake.close();
  rmSync(root, { recursive: true, force: true });
});

describe('npm run sync', { timeout: 20_000 }, () => {
  it('reads every state an issue or pull request can be in, with its details and when it was fetched', async () => {
    const { cache, status, stdout } = await sync([
      'acme/ops#1',
      'acme/ops#2',
      'https://github.com/acme/ops/pull/3',
      'acme/ops#4',
      'acme/ops#5',
    ]);
    expect(status).toBe(0);
    expect(stdout).toContain('5 updated, 0 unchanged, 0 failed');
    expect(Object.fromEntries(Object.entries(cache.statuses).map(([k, s]) => [k, s.state]))).toEqual({
      'acme/ops#1': 'open',
      'acme/ops#2': 'closed-not-planned',
      'acme/ops#3': 'merged',
      'acme/ops#4': 'closed-unmerged',
      'acme/ops#5': 'draft',
    });
    expect(cache.statuses['acme/ops#1']).toMatchObject({ assignees: ['tim'], labels: ['oom'], etag: '"e1"' });
    expect(Date.parse(cache.statuses['acme/ops#1']?.fetchedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('re-syncs unchanged references with conditional requests that answer 304 and cost no rate limit', async () => {
    await sync(['acme/ops#1']);
    const before = fake.requests.length;
    const { stdout } = await sync(['acme/ops#1']);
    expect(stdout).toContain('0 updated, 1 unchanged, 0 failed');
    expect(fake.requests.slice(before)).toEqual([expect.objectContaining({ ifNoneMatch: '"e1"', status: 304 })]);
  });

  it('re-syncs 120 unchanged references without a single request that counts against the rate limit', async () => {
    const refs = Array.from({ length: 120 }, (_, i) => `acme/bulk#${i + 1}`);
    await sync(refs);
    const before = fake.requests.length;
    const { stdout } = await sync(refs);
    const again = fake.requests.slice(before);
    expect(stdout).toContain('0 updated, 120 unchanged, 0 failed');
    expect(again).toHaveLength(120);
    // GitHub does not count conditional requests answered 304 against the rate limit.
    expect(again.filter((r) => r.status !== 304)).toEqual([]);
  });

  it('keeps the last known state of a reference that fails, notes the error, finishes the rest and exits 0', async () => {
    writeFileSync(
      cachePath,
      JSON.stringify({
        version: 1,
        statuses: {
          'acme/ops#6': {
            key: 'acme/ops#6',
            kind: 'issue',
            state: 'open',
            title: 'old',
            assignees: [],
            labels: [],
            closedAt: null,
            mergedAt: null,
            url: 'u',
            fetchedAt: '2026-01-01T00:00:00.000Z',
          },
        },
      }),
    );
    const { cache, status, stdout } = await sync(['acme/ops#6', 'acme/ops#2']);
    expect(status).toBe(0);
    expect(cache.statuses['acme/ops#6']).toMatchObject({
      state: 'open',
      title: 'old',
      error: { message: 'GitHub failed (HTTP 503)' },
    });
    expect(cache.statuses['acme/ops#2']?.state).toBe('closed-not-planned');
    expect(stdout).toContain('failed: acme/ops#6: GitHub failed (HTTP 503) (last known state kept)');
  });

  it('exits non-zero with --strict when a reference failed', async () => {
    expect((await sync(['acme/ops#6'], { strict: true })).status).toBe(1);
  });

  it('waits as Retry-After says when rate limited, then succeeds', async () => {
    const { cache, stdout } = await sync(['acme/ops#7']);
    expect(stdout).toContain('0 failed');
    expect(cache.statuses['acme/ops#7']?.state).toBe('open');
  });

  it('waits until x-ratelimit-reset when the hourly limit is used up, then succeeds', async () => {
    const { cache } = await sync(['acme/ops#12']);
    expect(cache.statuses['acme/ops#12']?.state).toBe('open');
  });

  it('records a deleted or private reference as failed, never with a made-up state', async () => {
    rmSync(cachePath, { force: true });
    const { cache, stdout } = await sync(['acme/ops#8']);
    expect(cache.statuses['acme/ops#8']).toBeUndefined();
    expect(stdout).toMatch(/failed: acme\/ops#8: not found/);
  });

  it('follows a transferred issue to its new home and reports the new URL', async () => {
    const { cache, stdout } = await sync(['acme/ops#9']);
    expect(cache.statuses['acme/ops#9']).toMatchObject({
      state: 'closed-completed',
      url: 'https://github.com/acme/platform/issues/9',
    });
    expect(stdout).toContain('moved: acme/ops#9 is now https://github.com/acme/platform/issues/9');
  });

  it('treats malformed JSON as a failure of that reference only', async () => {
    const { stdout } = await sync(['acme/ops#10', 'acme/ops#2']);
    expect(stdout).toMatch(/1 updated, 0 unchanged, 1 failed/);
  });

  it('gives up on a request that times out, keeping the rest', async () => {
    const { status, stdout } = await sync(['acme/ops#13', 'acme/ops#2'], { timeoutMs: 300 });
    expect(status).toBe(0);
    expect(stdout).toMatch(/1 updated, 0 unchanged, 1 failed/);
    expect(stdout).toContain('failed: acme/ops#13');
  });

  it('survives a server that refuses connections', async () => {
    const { status, stdout } = await sync(['acme/ops#2'], { apiUrl: 'http://127.0.0.1:9' });
    expect(status).toBe(0);
    expect(stdout).toContain('1 failed');
  });

  it('works without a token', async () => {
    const before = fake.requests.length;
    const { stdout } = await sync(['acme/ops#2'], { token: false });
    expect(stdout).toContain('without a token');
    expect(fake.requests.slice(before).every((r) => r.authorization === undefined)).toBe(true);
  });

  it('sends the token only in the Authorization header and never prints or writes it', async () => {
    const before = fake.requests.length;
    const result = await sync(['acme/ops#6', 'acme/ops#11']);
    expect(fake.requests.slice(before).some((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expect(result.stdout + result.stderr + readFileSync(cachePath, 'utf8')).not.toContain(TOKEN);
  });

  it('keeps an issue title with HTML as plain text for the page to escape', async () => {
    const { cache } = await sync(['acme/ops#11']);
    expect(cache.statuses['acme/ops#11']?.title).toBe('<script>alert(1)</script> fix it');
  });
});
