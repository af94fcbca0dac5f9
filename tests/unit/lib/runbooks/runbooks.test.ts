import { describe, expect, it } from 'vitest';
import { checkCollection } from '../../../../src/lib/content/check-collection.ts';
import { checkIncidentSource, checkRunbookSource } from '../../../../src/lib/content/check-file.ts';
import { alertIndex, alertPaths } from '../../../../src/lib/runbooks/alert-index.ts';
import type { Runbook } from '../../../../src/lib/runbooks/build-runbook.ts';
import { addInterval, reviewStatus } from '../../../../src/lib/runbooks/review-status.ts';
import { runbookUsage } from '../../../../src/lib/runbooks/runbook-usage.ts';

const runbook = (id: string, frontmatter: string, body = '## Mitigation\n\n### Cordon the node\n\nx\n') =>
  checkRunbookSource(`content/runbooks/k/${id}.md`, `---\ntitle: ${id}\n${frontmatter}\n---\n\n${body}`, undefined, '2026-11-24');

describe('review discipline', () => {
  it.each([
    ['2026-01-31', '1m', '2026-03-03'],
    ['2026-01-01', '90d', '2026-04-01'],
    ['2026-01-01', '2w', '2026-01-15'],
    ['2024-02-29', '1y', '2025-03-01'],
  ])('%s + %s is %s', (day, interval, due) => {
    expect(addInterval(day, interval)).toBe(due);
  });

  it('is overdue once the interval has passed, and says since when', () => {
    expect(reviewStatus({ last_reviewed: '2026-07-01', review_every: '90d' }, '2026-11-24')).toEqual({
      dueOn: '2026-09-29',
      overdue: true,
      neverReviewed: false,
    });
    expect(reviewStatus({ last_reviewed: '2026-10-01', review_every: '90d' }, '2026-11-24').overdue).toBe(false);
    expect(reviewStatus({}, '2026-11-24').overdue).toBe(false);
  });

  it('warns from the checker at the last_reviewed line, never as an error', () => {
    const checked = runbook('r', 'owner: sre\nlast_reviewed: 2026-01-01\nreview_every: 90d');
    expect(checked.issues).toEqual([expect.objectContaining({ line: 4, field: 'last_reviewed', severity: 'warning' })]);
    expect(checked.issues[0]?.message).toBe('review overdue since 2026-04-01 (last reviewed 2026-01-01, every 90d)');
  });

  it('warns when an interval is set but the runbook was never reviewed', () => {
    expect(runbook('r', 'review_every: 90d').issues[0]?.message).toMatch(/gives no last_reviewed date/);
  });
});

describe('alerts', () => {
  const a = runbook('a', 'alerts: [KubePodCrashLooping]').runbook as Runbook;
  const b = runbook('b', 'alerts: [kubepodcrashlooping, Other]').runbook as Runbook;

  it('maps each alert to its runbook and serves it as written and in lower case', () => {
    expect(alertIndex([a]).routes).toEqual([{ alert: 'KubePodCrashLooping', runbookId: 'a' }]);
    expect(alertPaths('KubePodCrashLooping')).toEqual(['KubePodCrashLooping', 'kubepodcrashlooping']);
  });

  it('finds an alert claimed by two runbooks, whatever the case', () => {
    expect(alertIndex([a, b]).conflicts).toEqual([{ alert: 'KubePodCrashLooping', runbookIds: ['a', 'b'] }]);
  });

  it('makes the checker fail on such an alert, at the alerts line of each runbook', () => {
    const result = checkCollection(
      [
        { path: 'content/runbooks/k/a.md', kind: 'runbooks', source: '---\ntitle: a\nalerts: [KubePodCrashLooping]\n---\n' },
        {
          path: 'content/runbooks/k/b.md',
          kind: 'runbooks',
          source: '---\ntitle: b\nowner: x\nalerts: [kubepodcrashlooping]\n---\n',
        },
      ],
      undefined,
      '2026-11-24',
    );
    expect(result.problems.map((p) => [p.file, p.line, p.field, p.severity])).toEqual([
      ['content/runbooks/k/a.md', 3, 'alerts', 'error'],
      ['content/runbooks/k/b.md', 4, 'alerts', 'error'],
    ]);
  });
});

describe('runbook usage', () => {
  it('lists the incidents that used each step and when the runbook was last exercised', () => {
    const rb = runbook('cordon', '').runbook as Runbook;
    const incident = (date: string, link: string) =>
      checkIncidentSource(
        `content/incidents/${date}-x.md`,
        `---\ntitle: x\ndate: ${date}\ntimezone: UTC\n---\n\n## Timeline\n\n### ${date} 10:00\n\nSee [it](${link}).\n`,
      ).incident;
    const older = incident('2024-01-01', '/runbooks/cordon/#cordon-the-node');
    const newer = incident('2025-06-01', '/runbooks/cordon/');
    const usage = runbookUsage(
      rb,
      [older, newer].filter((i) => i !== undefined),
    );
    expect(usage.all[0]?.at.toISOString()).toBe('2025-06-01T10:00:00.000Z');
    expect(usage.bySteps.get('cordon-the-node')?.map((u) => u.incident.data.date)).toEqual(['2024-01-01']);
    expect(usage.all).toHaveLength(2);
  });
});
