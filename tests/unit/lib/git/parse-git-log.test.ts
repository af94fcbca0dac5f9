import { describe, expect, it } from 'vitest';
import { lastChangedFromGitLog } from '../../../../src/lib/git/parse-git-log.ts';

describe('lastChangedFromGitLog', () => {
  it('takes the newest commit that touched each file', () => {
    const output = [
      '\0' + '2026-11-24T10:00:00+00:00\n\ncontent/incidents/a.md\ncontent/runbooks/r.md\n',
      '\0' + '2026-11-20T09:00:00+00:00\n\ncontent/incidents/a.md\ncontent/incidents/b.md\n',
    ].join('');
    const dates = lastChangedFromGitLog(output);
    expect(Object.fromEntries(dates)).toEqual({
      'content/incidents/a.md': '2026-11-24T10:00:00+00:00',
      'content/runbooks/r.md': '2026-11-24T10:00:00+00:00',
      'content/incidents/b.md': '2026-11-20T09:00:00+00:00',
    });
  });

  it('reads an empty history as no dates', () => {
    expect(lastChangedFromGitLog('').size).toBe(0);
  });
});
