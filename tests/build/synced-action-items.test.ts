/** A site built from a synced status cache: states on pages, the action-items page and the APIs. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiIncident } from '../../src/lib/incidents/incident-api.ts';
import { siteBuild } from '../support/run.ts';

const outDir = mkdtempSync(join(tmpdir(), 'hindsight-synced-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
const build = siteBuild({ HINDSIGHT_CONTENT_DIR: 'tests/fixtures/sites/synced/content', HINDSIGHT_OUT_DIR: outDir });
const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

interface ApiFollowUp {
  key: string;
  state: string | null;
  group: string;
  incidents: string[];
  flags: string[];
  url: string | null;
}

describe('action items with synced states', () => {
  it('builds from the cache alone, offline', () => {
    expect(build.status).toBe(0);
  });

  it('fills actionItems[].state in incidents.json from the cache, and leaves unsynced ones null', () => {
    const incidents = JSON.parse(read('api/incidents.json')) as ApiIncident[];
    const first = incidents.find((i) => i.id === '2020-01-01-first');
    expect(first?.actionItems.map((a) => a.state)).toEqual(['open', 'closed-not-planned', 'merged', null, 'open']);
    expect(first?.actionItems[2]?.url).toBe('https://github.com/acme/handbook/pull/3');
    expect(incidents.find((i) => i.id === '2024-05-01-second')?.actionItems[0]).toMatchObject({ state: null, syncedAt: null });
  });

  it('lists an issue named by two incidents once, with both', () => {
    const items = JSON.parse(read('api/action-items.json')) as ApiFollowUp[];
    const shared = items.filter((i) => i.key === 'acme/ops#5');
    expect(shared).toHaveLength(1);
    expect(shared[0]?.incidents).toEqual(['2020-01-01-first', '2024-05-01-second']);
    expect(shared[0]?.flags.some((f) => f.startsWith('last sync failed'))).toBe(true);
  });

  it('groups by state and flags what needs attention', () => {
    const items = JSON.parse(read('api/action-items.json')) as ApiFollowUp[];
    const byKey = Object.fromEntries(items.map((i) => [i.key, i]));
    expect(byKey['acme/ops#1']).toMatchObject({ group: 'open' });
    expect(byKey['acme/ops#1']?.flags.some((f) => /over the 30-day limit for sev1/.test(f))).toBe(true);
    expect(byKey['acme/ops#2']).toMatchObject({ group: 'closed, not planned', flags: ['closed, not planned'] });
    expect(byKey['acme/ops#3']).toMatchObject({ group: 'done' });
    expect(byKey['acme/ops#4']).toMatchObject({ group: 'not synced', state: null });
    expect(items.find((i) => i.group === 'no tracker')?.flags).toContain('no tracker');
  });

  it('shows state badges on the incident page, "not synced yet" where there is none, and titles as text', () => {
    const page = read('incidents/2024-05-01-second/index.html');
    expect(page).toContain('not synced yet');
    const list = read('action-items/index.html');
    expect(list).toContain('&lt;script&gt;alert(1)&lt;/script&gt; dashboard');
    // Inside a quoted attribute (the badge's tooltip) it is inert text; anywhere else it would run.
    expect(list).not.toMatch(/(?<!title="[^"]*)<script>alert\(1\)/);
  });
});
