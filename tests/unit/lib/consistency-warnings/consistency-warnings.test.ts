import { describe, expect, it } from 'vitest';
import { checkIncidentSource } from '../../../../src/lib/content/check-file.ts';
import { timestampsInUrl } from '../../../../src/lib/consistency-warnings/evidence-link-warnings.ts';

const report = (body: string) =>
  `---\ntitle: Proxy OOM\ndate: 2017-11-30\ntimezone: America/Los_Angeles\n---\n${body}\n## Timeline\n\n### 2017-11-30 16:22 PST [started]\n\na\n\n### 16:59 PST [detected]\n\nb\n\n### 17:20 [mitigated]\n\nc\n\n### 17:21 PST [resolved]\n\nd\n`;
const warnings = (body: string) => checkIncidentSource('content/incidents/2017/2017-11-30-x.md', report(body)).issues;

describe('prose times against the timeline', () => {
  it('warns that the seed\'s "noticed at 0:59 CET" is an hour before the detected milestone', () => {
    const issues = warnings('\nTim and Chris noticed the problem at 0:59 CET.\n');
    expect(issues).toEqual([expect.objectContaining({ line: 7, severity: 'warning', field: 'timeline' })]);
    expect(issues[0]?.message).toBe(
      '"0:59 CET" is 2017-11-30 15:59 PST, 60 min before the detected milestone (2017-11-30 16:59 PST, line 15); check which is right',
    );
  });

  it('is quiet when the prose agrees with the milestone', () => {
    expect(warnings('\nWe noticed it at 00:59 UTC.\n')).toEqual([]);
  });

  it('warns about a time far from every entry when the sentence names no milestone', () => {
    const issues = warnings('\nA deploy went out at 09:00 UTC.\n');
    expect(issues[0]?.message).toMatch(/more than 30 min from every timeline entry/);
  });
});

describe('evidence links', () => {
  it('reads Grafana from/to and Google Cloud timestamps', () => {
    expect(
      timestampsInUrl('https://grafana.example/d/x?orgId=1&from=1512087720000&to=1512091260000').map((d) => d.toISOString()),
    ).toEqual(['2017-12-01T00:22:00.000Z', '2017-12-01T01:21:00.000Z']);
    expect(
      timestampsInUrl('https://console.cloud.google.com/logs/viewer?timestamp=2017-11-30T23%3A22%3A18.000000000Z').map((d) =>
        d.toISOString(),
      ),
    ).toEqual(['2017-11-30T23:22:18.000Z']);
  });

  it('accepts the seed log link an hour before the start', () => {
    expect(
      warnings('\n[logs](https://console.cloud.google.com/logs/viewer?timestamp=2017-11-30T23%3A22%3A18.000000000Z)\n'),
    ).toEqual([]);
  });

  it('warns about a dashboard link from another week, with its line', () => {
    const issues = warnings('\n\n[dashboard](https://grafana.example/d/x?from=1511000000000&to=1511003600000)\n');
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({ line: 8, field: 'links', severity: 'warning' });
    expect(issues[0]?.message).toMatch(/grafana\.example link points at .* h outside the incident/);
  });
});

describe('durations in prose', () => {
  it('agrees with "down for about an hour" when the milestones give 59 minutes', () => {
    expect(warnings('\nThe site was down for about an hour.\n')).toEqual([]);
  });

  it('warns when the prose says it took 10 minutes to detect and the milestones say 37', () => {
    const issues = warnings('\nIt took 10 minutes to detect the problem.\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe('"10 minutes" disagrees with the milestones, which give a time to detect of 37 min');
  });
});
