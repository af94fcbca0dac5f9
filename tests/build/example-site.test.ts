/**
 * Builds the bundled example knowledge base with Astro and reads the result
 * back, as a reader's browser and other tools would.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiIncident } from '../../src/lib/incidents/incident-api.ts';
import type { IncidentStats } from '../../src/lib/statistics/incident-stats.ts';
import { runNode } from '../support/run.ts';

const outDir = inject('siteDir');
let incidents: ApiIncident[] = [];

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

beforeAll(() => {
  if (inject('buildStatus') === 0) incidents = JSON.parse(read('api/incidents.json')) as ApiIncident[];
});

describe('the example knowledge base', () => {
  it("builds without errors, warning only about the seed author's unconverted time", () => {
    const output = inject('buildOutput');
    expect(output).not.toMatch(/\berror\b/i);
    // Review warnings depend on the day the test runs; every other warning is the seed's.
    expect(
      output.split('\n').filter((l) => l.includes(': warning: ') && !l.includes(': warning: last_reviewed: review overdue')),
    ).toEqual([
      expect.stringMatching(
        /^content\/incidents\/2017\/2017-11-30-oom-proxy\.md:\d+:\d+: warning: timeline: "0:59 CET" is 2017-11-30 15:59 PST, 60 min before the detected milestone/,
      ),
    ]);
    expect(inject('buildStatus')).toBe(0);
  });

  it("prints no warnings from Astro or Vite, whose noise would bury the checker's", () => {
    expect(
      inject('buildOutput')
        .split('\n')
        .filter((l) => /\[WARN\]/.test(l)),
    ).toEqual([]);
  });

  it('converts the seed\'s "0:59 CET" in the prose to the incident zone and UTC', () => {
    const html = read('incidents/2017-11-30-oom-proxy/index.html');
    expect(html).toContain(
      '<time class="prose-time" datetime="2017-11-30T23:59:00.000Z" title="2017-11-30 15:59 PST · 23:59 UTC">0:59 CET</time>',
    );
  });

  it('exports the seed incident at the instants its report gives', () => {
    const seed = incidents.find((i) => i.id === '2017-11-30-oom-proxy');
    expect(seed).toMatchObject({
      timezone: 'America/Los_Angeles',
      date: '2017-11-30',
      startedAt: '2017-12-01T00:22:00.000Z',
      detectedAt: '2017-12-01T00:59:00.000Z',
      mitigatedAt: '2017-12-01T01:20:00.000Z',
      resolvedAt: '2017-12-01T01:21:00.000Z',
      metrics: { timeToDetectMinutes: 37, timeToResolveMinutes: 59 },
    });
    const bare = seed?.timeline.find((e) => e.original === '17:07');
    expect(bare?.at).toBe('2017-12-01T01:07:00.000Z');
  });

  it('exports the seed action items with their GitHub links and no invented state', () => {
    const seed = incidents.find((i) => i.id === '2017-11-30-oom-proxy');
    const urls = seed?.actionItems.map((a) => a.url);
    expect(urls).toContain('https://github.com/jupyter/repo2docker/pull/159');
    expect(urls).toContain('https://github.com/jupyterhub/mybinder.org-deploy/issues/198');
    expect(seed?.actionItems.every((a) => a.state === null)).toBe(true);
  });

  it('lists incidents newest first and leaves drafts out', () => {
    const starts = incidents.map((i) => i.startedAt ?? i.date);
    expect([...starts].sort().reverse()).toEqual(starts);
    expect(incidents.length).toBeGreaterThanOrEqual(4);
    const ids = incidents.map((i) => i.id);
    expect(ids.some((id) => existsSync(join(outDir, 'incidents', id, 'index.html')))).toBe(true);
    expect(read('incidents/index.html')).not.toMatch(/draft/i);
  });

  it('shows each timeline time in the incident zone and in UTC inside <time datetime>', () => {
    const html = read('incidents/2017-11-30-oom-proxy/index.html');
    expect(html).toMatch(/<time datetime="2017-12-01T00:59:00.000Z"[^>]*>[^<]*16:59 PST<span class="utc"[^>]*>[^<]*00:59 UTC/);
  });

  it('ships incident pages with no JavaScript but the tiny inline "/" search shortcut', () => {
    const html = read('incidents/2017-11-30-oom-proxy/index.html');
    expect(html).not.toMatch(/<script[^>]*\bsrc=/i);
    const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? '');
    expect(inline).toHaveLength(1);
    expect(inline[0]?.length).toBeLessThan(600);
  });

  it('builds a Pagefind index of incidents and runbooks only', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    // Redirect pages for old runbook addresses are not runbooks, and are not indexed.
    const runbookPages = readdirSync(join(outDir, 'runbooks'), { withFileTypes: true }).filter(
      (d) => d.isDirectory() && read(`runbooks/${d.name}/index.html`).includes('data-pagefind-body'),
    ).length;
    expect(runbookPages).toBe(5);
    expect(entry.languages['en']?.page_count).toBe(incidents.length + runbookPages);
    expect(existsSync(join(outDir, 'public', 'pagefind'))).toBe(false);
  });

  it('renders every page type, the feed, the sitemap and the 404 page', () => {
    for (const path of [
      'index.html',
      'incidents/index.html',
      'runbooks/index.html',
      'runbooks/proxy-pod-crashloopbackoff/index.html',
      'services/index.html',
      'tags/index.html',
      'rss.xml',
      'sitemap-index.xml',
      '404.html',
    ]) {
      expect(existsSync(join(outDir, path)), path).toBe(true);
    }
    expect(read('rss.xml')).toContain('/incidents/2017-11-30-oom-proxy/');
    const service = incidents.find((i) => i.id === '2017-11-30-oom-proxy')?.services[0] ?? '';
    expect(read(`services/${service}/index.html`)).toContain('/incidents/2017-11-30-oom-proxy/');
  });

  it('publishes /stats/ with a JSON twin whose numbers add up to the incidents', () => {
    const stats = JSON.parse(read('api/stats.json')) as IncidentStats;
    expect(stats.incidentCount).toBe(incidents.length);
    expect(stats.periods.reduce((n, p) => n + p.count, 0)).toBe(incidents.length);
    const seedTtd = incidents.find((i) => i.id === '2017-11-30-oom-proxy')?.metrics.timeToDetectMinutes;
    expect(stats.incidents.find((i) => i.id === '2017-11-30-oom-proxy')?.timeToDetectMinutes).toBe(seedTtd);
    const html = read('stats/index.html');
    // Every chart is an accessible image with a table of the same numbers.
    expect(html.match(/<svg role="img"/g)?.length).toBe(
      html.match(/<table/g)?.length ? (html.match(/<table/g)?.length ?? 0) - 1 : -1,
    );
    for (const p of stats.periods) expect(html).toMatch(new RegExp(`<th scope="row"[^>]*>${p.period}</th>`));
    // What was left out is said only when something was.
    const excluded = stats.excluded.timeToDetect + stats.excluded.timeToResolve;
    expect(html.includes('Left out for lack of milestones')).toBe(excluded > 0);
    expect(html.includes('Every incident has the milestones')).toBe(excluded === 0);
  });

  it('labels each duration axis of /stats/ in a single unit', () => {
    const html = read('stats/index.html');
    for (const id of ['ttd-period', 'ttr-period']) {
      const svg = new RegExp(`<svg[^>]*aria-labelledby="${id}-title[\\s\\S]*?</svg>`).exec(html)?.[0] ?? '';
      const ticks = [...svg.matchAll(/<g class="grid"[^>]*>[\s\S]*?<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]?.trim());
      expect(ticks.length, id).toBeGreaterThan(1);
      const units = new Set(ticks.map((t) => /^\d+(?:\.\d+)? (min|h|d)$/.exec(t ?? '')?.[1]));
      expect([...units], `${id}: ${ticks.join(', ')}`).toHaveLength(1);
      expect(units.has(undefined)).toBe(false);
    }
  });

  it('invites the fix: an edit link to the file and its last change from git', () => {
    const html = read('incidents/2017-11-30-oom-proxy/index.html');
    expect(html).toMatch(/<a href="[^"]+\/content\/incidents\/2017\/2017-11-30-oom-proxy\.md"[^>]*>Edit this page<\/a>/);
    expect(html).toMatch(/Last changed <time datetime="\d{4}-\d{2}-\d{2}T[^"]+"/);
    expect(read('runbooks/cordon-oom-node/index.html')).toContain('Edit this page');
  });

  it('routes every alert to its runbook, as written and in lower case, and lists them in alerts.json', () => {
    const alerts = JSON.parse(read('api/alerts.json')) as { alert: string; runbook: string }[];
    expect(alerts).toContainEqual(
      expect.objectContaining({ alert: 'BinderProxyCrashLooping', runbook: 'proxy-pod-crashloopbackoff' }),
    );
    for (const { alert, runbook } of alerts) {
      for (const path of [alert, alert.toLowerCase()])
        expect(read(`alerts/${path}/index.html`)).toContain(`url=/runbooks/${runbook}/`);
    }
  });

  it('shows on each step which incidents used it, and when the runbook was last exercised', () => {
    const html = read('runbooks/cordon-oom-node/index.html');
    expect(html).toMatch(/href="#cordon-the-node"[\s\S]{0,400}used in[\s\S]{0,200}href="\/incidents\/2017-11-30-oom-proxy\/"/);
    // The seed began at 16:22 PST on 30 November, which was already 1 December in UTC: the day shown is the incident's own.
    expect(html).toMatch(
      /Last exercised<\/dt>\s*<dd[^>]*>\s*<a href="\/incidents\/2017-11-30-oom-proxy\/"[^>]*>\s*<time datetime="2017-12-01T00:22:00.000Z"[^>]*>2017-11-30<\/time>/,
    );
  });

  it('has no broken internal link or fragment on any page', () => {
    const result = runNode(['scripts/check-links.ts', outDir]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\d+ pages, 0 broken internal links, \d+ external links/);
  });
});
