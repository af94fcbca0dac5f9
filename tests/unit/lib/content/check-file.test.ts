import { describe, expect, it } from 'vitest';
import { checkCollection } from '../../../../src/lib/content/check-collection.ts';
import { checkIncidentSource } from '../../../../src/lib/content/check-file.ts';

const report = (frontmatter: string, body = '') => `---\n${frontmatter}\n---\n${body}`;
const valid = 'title: Proxy OOM\ndate: 2017-11-30\ntimezone: America/Los_Angeles';

describe('checkIncidentSource', () => {
  it('accepts a minimal report and builds its model', () => {
    const r = checkIncidentSource('content/incidents/2017/2017-11-30-oom.md', report(valid));
    expect(r.issues).toEqual([]);
    expect(r.incident?.id).toBe('2017-11-30-oom');
  });

  it('points a schema problem at the line of its field', () => {
    const r = checkIncidentSource('x.md', report(`${valid}\nseverity: high`));
    expect(r.issues).toEqual([expect.objectContaining({ line: 5, field: 'severity', severity: 'error' })]);
  });

  it('points timeline problems at file lines, counting the frontmatter', () => {
    const body = '\n## Timeline\n\n### 16:00\n\nok\n\n### Later that day\n\nno time\n';
    const r = checkIncidentSource('x.md', report(valid, body));
    expect(r.issues).toHaveLength(1);
    // Frontmatter takes lines 1-5 and the body starts with a blank line: the heading is on line 13 of the file.
    expect(r.issues[0]).toMatchObject({ line: 13, field: 'timeline' });
  });

  it('suggests the field a misspelt one was meant to be', () => {
    const r = checkIncidentSource('x.md', report(`${valid}\nsevrity: sev2`));
    expect(r.issues[0]?.message).toContain('did you mean "severity"');
  });

  it('warns when the file name and the date disagree', () => {
    const r = checkIncidentSource('content/incidents/2017-12-01-oom.md', report(valid));
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'warning', field: 'date' })]);
  });

  it('reports every problem of a file at once', () => {
    const r = checkIncidentSource('x.md', report('date: 2017-13-01\ntimezone: IST\nseverity: 7'));
    expect(r.issues.map((i) => i.field).sort()).toEqual(['date', 'severity', 'timezone', 'title']);
  });
});

describe('checkCollection', () => {
  const runbook = '---\ntitle: Cordon a node\n---\n\n## Mitigation\n\n### Cordon the node\n\ntext\n';
  // A report checked beside one runbook, `cordon`, whose one step is #cordon-the-node.
  const withCordonRunbook = (incident: string) =>
    checkCollection([
      { path: 'content/incidents/2017-11-30-a.md', kind: 'incidents', source: incident },
      { path: 'content/runbooks/k8s/cordon.md', kind: 'runbooks', source: runbook },
    ]);

  it('reports a link to a runbook step that does not exist, listing the steps there are', () => {
    const incident = report(valid, '\n## Timeline\n\n### 16:00\n\nSee [it](/runbooks/cordon/#drain-the-node).\n');
    const r = withCordonRunbook(incident);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: 'content/incidents/2017-11-30-a.md', line: 11 });
    expect(r.problems[0]?.message).toContain('#cordon-the-node');
  });

  it("leaves another site's /runbooks/ links alone", () => {
    const incident = report(valid, '\nSee [the wiki](https://wiki.example.com/runbooks/database/) and [it](/runbooks/cordon/).\n');
    const r = withCordonRunbook(incident);
    expect(r.problems).toEqual([]);
    expect(r.incidents[0]?.runbookLinks.map((l) => l.id)).toEqual(['cordon']);
  });

  it('accepts a link to a step that exists', () => {
    const incident = report(valid, '\n## Timeline\n\n### 16:00\n\nSee [it](/runbooks/cordon/#cordon-the-node).\n');
    const r = withCordonRunbook(incident);
    expect(r.problems).toEqual([]);
  });

  it('reports a link to an incident that does not exist or is a draft, at its line, from reports and runbooks alike', () => {
    const linking = report(
      valid,
      '\nSee [last year](/incidents/2016-11-30-none/), [the draft](/incidents/2017-11-29-draft/#summary) and [this one](/incidents/2017-11-30-a/).\n\n```\n[not a link](/incidents/in-code/)\n```\n',
    );
    const r = checkCollection([
      { path: 'content/incidents/2017-11-30-a.md', kind: 'incidents', source: linking },
      {
        path: 'content/incidents/2017-11-29-draft.md',
        kind: 'incidents',
        source: report('title: Draft\ndate: 2017-11-29\ntimezone: UTC\nstatus: draft'),
      },
      { path: 'content/runbooks/k8s/cordon.md', kind: 'runbooks', source: `${runbook}\nUsed in [an old one](/incidents/2001-01-01-gone/).\n` },
    ]);
    const links = r.problems.filter((p) => p.field === 'links');
    expect(links.map((p) => [p.file, p.line, p.message.split(',')[0]])).toEqual([
      ['content/incidents/2017-11-30-a.md', 7, 'incident "2017-11-29-draft" is a draft and has no page yet'],
      ['content/incidents/2017-11-30-a.md', 7, 'no incident has the id "2016-11-30-none" (incident ids are file names without .md)'],
      ['content/runbooks/k8s/cordon.md', 11, 'no incident has the id "2001-01-01-gone" (incident ids are file names without .md)'],
    ]);
  });

  it('reports two files with the same id, each naming the other', () => {
    const r = checkCollection([
      { path: 'content/incidents/2017/2017-11-30-a.md', kind: 'incidents', source: report(valid) },
      { path: 'content/incidents/old/2017-11-30-a.md', kind: 'incidents', source: report(valid) },
    ]);
    expect(r.problems.filter((p) => p.field === 'id')).toHaveLength(2);
    expect(r.problems[0]?.message).toContain('content/incidents/old/2017-11-30-a.md');
  });

  it('sorts problems by file and line', () => {
    const r = checkCollection([
      { path: 'b.md', kind: 'incidents', source: report('title: x') },
      { path: 'a.md', kind: 'incidents', source: report('severity: 9\ntitle: x') },
    ]);
    expect(r.problems.map((p) => `${p.file}:${p.line}`)).toEqual([...r.problems.map((p) => `${p.file}:${p.line}`)].sort());
  });
});
