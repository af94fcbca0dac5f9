import { describe, expect, it } from 'vitest';
import { checkIncidentSource, checkRunbookSource } from '../../../src/lib/content/check-file.ts';
import { incidentFacets, runbookFacets } from '../../../src/lib/search/search-facets.ts';
import { searchFilterOptions } from '../../../src/lib/search/search-options.ts';

const incident = checkIncidentSource(
  'content/incidents/2017/2017-11-30-x.md',
  '---\ntitle: x\ndate: 2017-11-30\ntimezone: UTC\nseverity: sev2\nservices: [proxy]\ntags: [oom]\n---\n\n## Action items\n\n- Fix it (a/b#1)\n',
).incident;
const runbook = checkRunbookSource(
  'content/runbooks/k/r.md',
  '---\ntitle: r\nservices: [proxy, hub]\nlast_reviewed: 2026-01-02\n---\n',
).runbook;

describe('search facets', () => {
  it('gives incidents type, severity, service, tag, year and follow-up filters, and date metadata', () => {
    expect(incident && incidentFacets(incident)).toEqual({
      filters: {
        type: ['incident'],
        severity: ['sev2'],
        service: ['proxy'],
        tag: ['oom'],
        year: ['2017'],
        'follow-ups': ['not synced'],
      },
      meta: { type: 'incident', date: '2017-11-30', severity: 'sev2' },
      sort: { date: '2017-11-30' },
    });
  });

  it('never claims follow-ups are open or done before they are synced', () => {
    expect(incident && incidentFacets(incident).filters['follow-ups']).toEqual(['not synced']);
  });

  it('gives runbooks type, service and tag filters', () => {
    expect(runbook && runbookFacets(runbook).filters).toEqual({ type: ['runbook'], service: ['proxy', 'hub'], tag: [] });
  });

  it('offers every value some page has', () => {
    const options = searchFilterOptions(incident ? [incident] : [], runbook ? [runbook] : []);
    expect(options.find((o) => o.name === 'service')?.values).toEqual(['hub', 'proxy']);
    expect(options.find((o) => o.name === 'type')?.values).toEqual(['incident', 'runbook']);
  });
});
