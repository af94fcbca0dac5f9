import { describe, expect, it } from 'vitest';
import { checkIncidentSource, checkRunbookSource } from '../../../../src/lib/content/check-file.ts';
import { importRunbook } from '../../../../src/lib/importer/import-runbook.ts';
import { importReport } from '../../../../src/lib/importer/import-report.ts';
import { inferZone, zoneFromDeclaration } from '../../../../src/lib/importer/infer-zone.ts';
import { rewriteForMdx } from '../../../../src/lib/importer/mdx-rewrites.ts';

describe('inferring the zone', () => {
  it.each([
    ['PST', 'America/Los_Angeles'],
    ['PST (UTC-7)', 'America/Los_Angeles'],
    ['CET (GMT+1)', 'Europe/Berlin'],
    ['CEST (UTC+2)', 'Europe/Berlin'],
    ['Central European Time (CET)', 'Europe/Berlin'],
    ['UTC+1 (Zurich time)', 'Europe/Zurich'],
    ['GMT+2', '+02:00'],
    ['UC/Pacific', 'America/Los_Angeles'],
    ['Europe/Paris', 'Europe/Paris'],
  ])('"All times in %s" is %s', (phrase, zone) => {
    expect(zoneFromDeclaration(phrase).zone).toBe(zone);
  });

  it('says what it guessed', () => {
    expect(zoneFromDeclaration('UC/Pacific').guess).toContain('America/Los_Angeles');
  });

  it('falls back to the labels on the timeline headings, as in the seed', () => {
    expect(inferZone('# Report\n\n## Timeline\n', ['PST', 'PST']).zone).toBe('America/Los_Angeles');
  });

  it('gives up rather than guess when nothing says', () => {
    expect(inferZone('# Report\n', []).zone).toBeUndefined();
  });
});

describe('rewriting for MDX', () => {
  it('turns comments, autolinks, bare braces and <br> into what MDX accepts, and says so', () => {
    const { text, changes } = rewriteForMdx('a <!-- note --> b <https://x.org> {x} c<br>d');
    expect(text).toBe('a {/* note */} b [https://x.org](https://x.org) \\{x\\} c<br />d');
    expect(changes).toHaveLength(4);
  });

  it('leaves code blocks and inline code as written', () => {
    const source = 'use `{x}` here\n\n```python\nprint("{}".format(1))  # <!-- no -->\n```\n';
    expect(rewriteForMdx(source).text).toBe(source);
  });

  it('rewrites a comment that spans lines', () => {
    expect(rewriteForMdx('<!--\nlong\n-->').text).toBe('{/*\nlong\n*/}');
  });
});

const plain = (heading: string, allTimes = 'All times in PST\n\n') =>
  `# 2018-02-12, Hub Launch Fail\n\n## Summary\n\nLaunches failed.\n\n## Timeline\n\n${allTimes}### ${heading}\n\nFirst.\n\n### 14:09\n\nSecond.\n`;

describe('importReport', () => {
  it("infers title, date and zone, and keeps the body in the authors' words", () => {
    const result = importReport(plain('2018-02-12 14:03'), { fileName: '2018-02-12-launch-fail.md', format: 'md' });
    expect(result.error).toBeUndefined();
    expect(result.text).toMatch(
      /^---\ntitle: Hub Launch Fail\ndate: 2018-02-12\ntimezone: America\/Los_Angeles\n---\n\n## Summary\n\nLaunches failed\.\n/,
    );
    expect(result.notes.join('\n')).toMatch(
      /title "Hub Launch Fail"[\s\S]*date 2018-02-12 from the first timeline entry[\s\S]*timezone America\/Los_Angeles/,
    );
    expect(checkIncidentSource('x/2018-02-12-launch-fail.md', result.text ?? '').issues).toEqual([]);
  });

  it('fails clearly when it cannot tell the zone, and takes one when given', () => {
    const noZone = plain('2018-02-12 14:03', '');
    expect(importReport(noZone, { fileName: '2018-02-12-x.md', format: 'md' }).error).toMatch(
      /cannot tell its time zone.*--timezone/,
    );
    expect(importReport(noZone, { fileName: '2018-02-12-x.md', format: 'md', timezone: 'UTC' }).text).toContain('timezone: UTC');
  });

  it('moves H1 sections down a level under the new title', () => {
    const seedShaped = '# Incident report 2017-11-30\n\n# Timeline\n\n## 2017-11-30 16:22 PST\n\nx\n';
    expect(importReport(seedShaped, { fileName: '2017-11-30-oom.md', format: 'md' }).text).toContain(
      '\n## Timeline\n\n### 2017-11-30 16:22 PST\n',
    );
  });

  it('skips a template whose timeline holds no time', () => {
    expect(
      importReport('# {{ name }}\n\n## Timeline\n\n### {{ hh:mm }}\n', { fileName: 'template.md', format: 'md' }).skipped,
    ).toBeDefined();
  });

  it('turns an embed from a host the site does not allow into a link', () => {
    const source = plain('2018-02-12 14:03').replace(
      'Launches failed.',
      '<iframe src="https://grafana.example.org/d/1" title="Launches"></iframe>',
    );
    const result = importReport(source, { fileName: '2018-02-12-x.md', format: 'md', allowedEmbedHosts: [] });
    expect(result.text).toContain('[Launches](https://grafana.example.org/d/1)');
    expect(result.notes.some((n) => n.includes('became a link'))).toBe(true);
  });

  it('keeps entries the authors wrote out of order where they are, flagged', () => {
    const source = plain('2018-02-12 14:49').replace('### 14:09', '### 14:43');
    const result = importReport(source, { fileName: '2018-02-12-x.md', format: 'md' });
    expect(result.text).toContain('timeline_order: as-written');
    const issues = checkIncidentSource('x/2018-02-12-x.md', result.text ?? '').issues;
    expect(issues.map((i) => i.severity)).toEqual(['warning']);
  });

  it('lists the relative images a report uses, for copying', () => {
    const source = plain('2018-02-12 14:03').replace(
      'First.',
      '![chart](img/a.png) ![remote](https://i.example/b.png) <img src="../_static/c.png">',
    );
    expect(importReport(source, { fileName: '2018-02-12-x.md', format: 'md' }).images).toEqual(['img/a.png', '../_static/c.png']);
  });
});

describe('importRunbook', () => {
  it("keeps an alert runbook's alert name exactly and its sections, so old #anchors still exist", () => {
    const source =
      '---\ntitle: Kube Pod Crash Looping\nweight: 20\n---\n\n# KubePodCrashLooping\n\n## Meaning\n\nx\n\n## Mitigation\n\ny\n';
    const result = importRunbook(source, 'KubePodCrashLooping.md');
    expect(result.fileName).toBe('KubePodCrashLooping.md');
    expect(result.text).toBe(
      '---\ntitle: Kube Pod Crash Looping\nalerts:\n  - KubePodCrashLooping\n---\n\n## Meaning\n\nx\n\n## Mitigation\n\ny\n',
    );
    expect(result.notes.join('\n')).toMatch(
      /alert KubePodCrashLooping[\s\S]*left out frontmatter fields Hindsight does not use: weight/,
    );
    const checked = checkRunbookSource('content/runbooks/x/KubePodCrashLooping.md', result.text ?? '');
    expect(checked.issues).toEqual([]);
    expect(checked.runbook?.anchors).toEqual(['meaning', 'mitigation']);
  });

  it("takes the owner from a docs site's owner_slack and invents no alert for a prose title", () => {
    const result = importRunbook(
      '---\nowner_slack: "#platform"\ntitle: Router error ratio too high\nlayout: manual\n---\n\nText.\n',
      'router-errors.html.md',
    );
    expect(result.text).toBe('---\ntitle: Router error ratio too high\nowner: "#platform"\n---\n\nText.\n');
  });

  it('moves H1 sections down a level under the title', () => {
    expect(importRunbook('# Drain a node\n\n# Steps\n\n## 1. Cordon\n', 'drain.md').text).toContain(
      '\n## Steps\n\n### 1. Cordon\n',
    );
  });

  it('keeps a missing image as a link so the build does not stop, and says so', () => {
    const result = importRunbook('# X\n\n![pool](images/pool.gif)\n', 'x.md', () => false);
    expect(result.text).toContain('[pool (image not imported)](images/pool.gif)');
    expect(result.notes.some((n) => n.includes('images/pool.gif'))).toBe(true);
    expect(importRunbook('# X\n\n![pool](images/pool.gif)\n', 'x.md', () => true).images).toEqual(['images/pool.gif']);
  });

  it('skips section indexes', () => {
    expect(importRunbook('---\ntitle: Runbooks\n---\n', '_index.md').skipped).toBeDefined();
  });
});
