/** `npm run new` as a contributor or a script runs it. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNode } from '../../support/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'hindsight-new-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (...args: string[]) => runNode(['scripts/new.ts', ...args], { HINDSIGHT_CONTENT_DIR: dir });

describe('npm run new', () => {
  it('writes an incident with the flags given, then refuses to overwrite it', () => {
    const first = run(
      'incident',
      'Proxy',
      'pods',
      'OOM',
      '--date',
      '2017-11-30',
      '--timezone',
      'America/Los_Angeles',
      '--service',
      'binderhub',
    );
    expect(first.status).toBe(0);
    const path = join(dir, 'incidents', '2017', '2017-11-30-proxy-pods-oom.md');
    expect(readFileSync(path, 'utf8')).toContain('timezone: America/Los_Angeles');
    const again = run('incident', 'Proxy pods OOM', '--date', '2017-11-30', '--timezone', 'America/Los_Angeles');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it("dates a new incident today in the site's default zone", () => {
    const result = runNode(['scripts/new.ts', 'incident', 'Today'], {
      HINDSIGHT_CONTENT_DIR: dir,
      HINDSIGHT_DEFAULT_TIMEZONE: 'Pacific/Kiritimati',
    });
    expect(result.status).toBe(0);
    // Kiritimati is UTC+14: its date is never behind UTC's.
    const written = /wrote (\S+)/.exec(result.stdout)?.[1] ?? '';
    expect(readFileSync(written, 'utf8')).toContain('timezone: Pacific/Kiritimati');
    expect(written >= join(dir, 'incidents', new Date().toISOString().slice(0, 4))).toBe(true);
  });

  it('refuses an unknown zone with the reason', () => {
    const result = run('incident', 'X', '--timezone', 'IST');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ambiguous');
  });

  it('writes a runbook in its area', () => {
    const result = run('runbook', 'Drain a node', '--area', 'kubernetes', '--owner', 'sre');
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'runbooks', 'kubernetes', 'drain-a-node.md'), 'utf8')).toContain('owner: sre');
  });

  it('says how to use it when the kind is missing', () => {
    const result = run('postmortem', 'X');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('usage: npm run new');
  });
});
