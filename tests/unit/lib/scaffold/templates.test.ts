import { describe, expect, it } from 'vitest';
import { checkIncidentSource, checkRunbookSource } from '../../../../src/lib/content/check-file.ts';
import { newIncidentPath, newRunbookPath } from '../../../../src/lib/scaffold/new-file-path.ts';
import { slugify } from '../../../../src/lib/scaffold/slugify.ts';
import { incidentTemplate, runbookTemplate } from '../../../../src/lib/scaffold/templates.ts';

describe('slugify', () => {
  it.each([
    ['Proxy pods OOM', 'proxy-pods-oom'],
    ['  Hub 403 — again!  ', 'hub-403-again'],
    ['Zürich DNS outage', 'zurich-dns-outage'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('new file paths', () => {
  it('puts an incident in its year folder, named by date and title', () => {
    expect(newIncidentPath('content', '2017-11-30', 'Proxy pods OOM')).toBe(
      'content/incidents/2017/2017-11-30-proxy-pods-oom.md',
    );
  });

  it('puts a runbook in its area folder', () => {
    expect(newRunbookPath('content', 'Kubernetes', 'Drain a node')).toBe('content/runbooks/kubernetes/drain-a-node.md');
  });
});

describe('templates', () => {
  const incident = incidentTemplate({
    title: 'Proxy pods OOM: "again"',
    date: '2017-11-30',
    timezone: 'America/Los_Angeles',
    severity: 'sev2',
    services: ['binderhub'],
  });

  it('gives a new report every section of the report template', () => {
    for (const heading of [
      '## Summary',
      '## Impact',
      '## Timeline',
      '## Lessons learnt',
      '### What went well',
      '### What went wrong',
      '### Where we got lucky',
      '## Action items',
    ]) {
      expect(incident).toContain(`\n${heading}\n`);
    }
  });

  it('writes a report that passes the checker as it is, title quoted safely', () => {
    const checked = checkIncidentSource('content/incidents/2017/2017-11-30-proxy-pods-oom.md', incident);
    expect(checked.issues).toEqual([]);
    expect(checked.incident?.data).toMatchObject({
      title: 'Proxy pods OOM: "again"',
      date: '2017-11-30',
      severity: 'sev2',
      services: ['binderhub'],
    });
  });

  it('writes a runbook that passes the checker, with steps under sections', () => {
    const runbook = runbookTemplate({ title: 'Drain a node', services: [], owner: 'sre', today: '2026-11-24' });
    const checked = checkRunbookSource('content/runbooks/kubernetes/drain-a-node.md', runbook);
    expect(checked.issues).toEqual([]);
    expect(checked.runbook?.steps.length).toBeGreaterThan(0);
    expect(checked.runbook?.data).toMatchObject({ owner: 'sre', last_reviewed: '2026-11-24' });
  });
});
