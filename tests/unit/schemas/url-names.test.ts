/** Names that become URLs: what each kind may hold, and the name offered instead. */
import { describe, expect, it } from 'vitest';
import { runbookSchema } from '../../../src/schemas/runbook.ts';
import { incidentSchema } from '../../../src/schemas/incident.ts';
import { alertNameProblem, anchorNameProblem, slugNameProblem } from '../../../src/schemas/url-names.ts';

const runbook = (fields: Record<string, unknown>) => runbookSchema.safeParse({ title: 'x', ...fields });
const messages = (result: ReturnType<typeof runbook>) =>
  result.success
    ? []
    : result.error.issues.map((i) => [i.path.join('.'), 'issues' in i ? (i.issues[0]?.message ?? i.message) : i.message]);

describe('alert names', () => {
  it.each(['KubePodCrashLooping', 'etcd:HighNumberOfFailedGRPCRequests', 'Node.Down_x-1', '_private'])(
    'accept %s, keeping its case',
    (alert) => {
      const result = runbook({ alerts: [alert] });
      expect(result.success && result.data.alerts).toEqual([alert]);
    },
  );

  it.each([
    ['team/NodeDown', 'team_NodeDown'],
    ['Disk full?', 'Disk_full_'],
    ['Ünïcode', 'Unicode'],
    ['..', undefined],
    ['a#b', 'a_b'],
  ])('refuse %s, at the alert, offering %s', (alert, suggested) => {
    const [issue] = messages(runbook({ alerts: ['Fine', alert] }));
    expect(issue?.[0]).toBe('alerts.1');
    expect(issue?.[1]).toContain(`alert "${alert}" may hold only`);
    if (suggested) expect(issue?.[1]).toContain(`write "${suggested}"`);
    else expect(issue?.[1]).not.toContain('write');
  });
});

describe('runbook aliases', () => {
  it('accept an old id or /runbooks/ path, in lower case', () => {
    const result = runbook({ aliases: ['/runbooks/Old.Name_1/', 'older'] });
    expect(result.success && result.data.aliases).toEqual(['old.name_1', 'older']);
  });

  it.each([
    ['a/b', 'a-b'],
    ['/runbooks/a b/', 'a-b'],
    ['db(1)', 'db-1'],
    ['%41', '41'],
  ])('refuse %s, offering %s', (alias, suggested) => {
    const [issue] = messages(runbook({ aliases: [alias] }));
    expect(issue?.[0]).toBe('aliases.0');
    expect(issue?.[1]).toContain(`write "${suggested}"`);
  });
});

describe('services and tags', () => {
  it('refuse a name that cannot be a path segment, offering its slug', () => {
    const result = incidentSchema.safeParse({
      title: 'x',
      date: '2024-01-01',
      timezone: 'UTC',
      services: ['Billing API'],
      tags: ['a/b'],
    });
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual([
      ['services.0', expect.stringContaining('write "billing-api"')],
      ['tags.0', expect.stringContaining('write "a-b"')],
    ]);
  });
});

describe('anchor aliases', () => {
  it('accept anchors as heading slugs make them, in any script', () => {
    expect(runbook({ anchor_aliases: { 'step-3': 'cordon-the-node', überblick: 'über_blick.2' } }).success).toBe(true);
  });

  it.each([
    [{ 'old step': 'new' }, 'anchor_aliases.old step', 'write "old-step"'],
    [{ old: 'a/b' }, 'anchor_aliases.old', 'write "ab"'],
    [{ old: '#new' }, 'anchor_aliases.old', 'write "new"'],
  ])('refuse %o at the key or value', (aliases, path, fix) => {
    const [issue] = messages(runbook({ anchor_aliases: aliases }));
    expect(issue?.[0]).toBe(path);
    expect(issue?.[1]).toContain(fix);
  });
});

describe('the rules themselves', () => {
  it('let through only what the pattern for each kind allows', () => {
    expect(slugNameProblem('a.b_c-1')).toBeUndefined();
    expect(slugNameProblem('-a')).toMatch(/must start with a letter or digit; write "a"/);
    expect(alertNameProblem('.hidden')).toMatch(/write "hidden"/);
    expect(anchorNameProblem('a?b')).toMatch(/write "ab"/);
  });
});
