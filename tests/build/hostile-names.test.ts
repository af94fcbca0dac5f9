/**
 * Names at the edge of what the check accepts build into working pages, and
 * what it refuses (a name that cannot be a URL, a link out of the content
 * folder) stops `npm run build` at its file, with nothing written.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, siteBuild } from '../support/run.ts';

const MINIMAL = join(PROJECT_ROOT, 'tests', 'fixtures', 'sites', 'minimal');
const work = mkdtempSync(join(tmpdir(), 'hindsight-names-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BORDERLINE_RUNBOOK = `---
title: Etcd answers slowly
services: [etcd.v3, kube_api]
tags: [control-plane]
alerts: [etcd:HighNumberOfFailedGRPCRequests, Node.Down_x-1]
aliases: [old.etcd_runbook, /runbooks/Etcd-Slow/]
anchor_aliases: { step-one: check-the-leader }
---

## Mitigation

### Check the leader

Look at the leader.
`;

/** A copy of the minimal site, with a runbook and a report whose names are as odd as the check allows. */
function borderlineSite(name: string): string {
  const content = join(work, name, 'content');
  cpSync(MINIMAL, content, { recursive: true });
  // The MDX report imports a component by a path relative to the fixture; it is not what this test is about.
  rmSync(join(content, 'incidents', '2024', '2024-05-01-mdx-report.mdx'));
  renameSync(
    join(content, 'incidents', '2024', '2024-03-09-dns-outage.md'),
    join(content, 'incidents', '2024', '2024-03-09-DNS.Outage_v2.md'),
  );
  writeFileSync(join(content, 'runbooks', 'ops', 'etcd-slow.md'), BORDERLINE_RUNBOOK);
  return content;
}

describe('names at the edge of what the check accepts', () => {
  const content = borderlineSite('accepted');
  const outDir = join(work, 'accepted', 'dist');
  const build = siteBuild({ HINDSIGHT_CONTENT_DIR: content, HINDSIGHT_OUT_DIR: outDir });

  it('build', () => {
    expect(build.stderr).not.toMatch(/error/i);
    expect(build.status).toBe(0);
  });

  it('give each page at the URL its links use', () => {
    const page = (path: string) => join(outDir, ...decodeURIComponent(path).split('/'), 'index.html');
    const alerts = JSON.parse(readFileSync(join(outDir, 'api', 'alerts.json'), 'utf8')) as { alert: string; alertUrl: string }[];
    expect(alerts.map((a) => a.alert).sort()).toEqual(['Node.Down_x-1', 'etcd:HighNumberOfFailedGRPCRequests']);
    for (const { alertUrl } of alerts) expect(existsSync(page(new URL(alertUrl).pathname)), alertUrl).toBe(true);
    for (const path of [
      '/incidents/2024-03-09-dns.outage_v2/',
      '/runbooks/etcd-slow/',
      '/runbooks/old.etcd_runbook/',
      '/runbooks/etcd-slow/',
      '/services/etcd.v3/',
      '/services/kube_api/',
      '/tags/control-plane/',
    ])
      expect(existsSync(page(path)), path).toBe(true);
  });
});

describe('a name or a link the check refuses', () => {
  const content = borderlineSite('refused');
  const outside = join(work, 'refused', 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.md'), readFileSync(join(content, 'incidents', '2024', '2024-03-09-DNS.Outage_v2.md')));
  symlinkSync(join(outside, 'secret.md'), join(content, 'incidents', '2024', '2024-04-01-leak.md'));
  writeFileSync(
    join(content, 'runbooks', 'ops', 'team.md'),
    '---\ntitle: Team alerts\nalerts: [team/NodeDown]\n---\n\n## Mitigation\n\n### Page the team\n',
  );
  const outDir = join(work, 'refused', 'dist');
  const build = siteBuild({ HINDSIGHT_CONTENT_DIR: content, HINDSIGHT_OUT_DIR: outDir });
  const shown = (path: string) => relative(PROJECT_ROOT, path);

  it('stops npm run build with exit 1, at the file and line of each, and writes nothing', () => {
    expect(build.status).toBe(1);
    expect(build.stderr).toContain(
      `${shown(join(content, 'incidents', '2024', '2024-04-01-leak.md'))}:1:1: error: file: is a symbolic link to`,
    );
    expect(build.stderr).toContain(
      `${shown(join(content, 'runbooks', 'ops', 'team.md'))}:3:10: error: alerts[0]: alert "team/NodeDown" may hold only`,
    );
    expect(build.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(outDir)).toBe(false);
  });
});
