import { describe, expect, it } from 'vitest';
import { followUps } from '../../../../src/lib/action-items/follow-ups.ts';
import { itemDetails, itemType } from '../../../../src/lib/action-items/item-details.ts';
import { restState } from '../../../../src/lib/github/rest-to-status.ts';
import { checkIncidentSource } from '../../../../src/lib/content/check-file.ts';
import type { Incident } from '../../../../src/lib/incidents/incident-model.ts';

describe('action item details', () => {
  it.each([
    ['Monitoring', 'x', 'detect'],
    ['Process improvements', 'x', 'process'],
    ['Technical improvements', 'x', 'prevent'],
    ['Repo2docker', 'Limit memory available to build pods', 'prevent'],
    ['Misc', 'Write the blog post', 'other'],
  ])('an item under "%s" titled "%s" is %s work', (area, title, type) => {
    expect(itemType(area, title)).toBe(type);
  });

  it('reads owner, priority and due date written inline', () => {
    expect(itemDetails('Alert on queue depth @dana P1 due 2024-05-01')).toEqual({
      owner: 'dana',
      priority: 'P1',
      due: '2024-05-01',
    });
    expect(itemDetails('Fix it (owner: Platform team)')).toEqual({ owner: 'Platform team' });
  });
});

describe('REST states', () => {
  it.each([
    [{ state: 'open' }, 'open'],
    [{ state: 'closed', state_reason: 'completed' }, 'closed-completed'],
    [{ state: 'closed', state_reason: 'not_planned' }, 'closed-not-planned'],
    [{ state: 'closed', state_reason: null }, 'closed-completed'],
    [{ state: 'open', draft: true, pull_request: { merged_at: null } }, 'draft'],
    [{ state: 'closed', pull_request: { merged_at: '2024-01-01T00:00:00Z' } }, 'merged'],
    [{ state: 'closed', pull_request: { merged_at: null } }, 'closed-unmerged'],
  ] as const)('%j is %s', (issue, state) => {
    expect(restState({ title: 't', html_url: 'u', closed_at: null, ...issue })).toBe(state);
  });
});

describe('followUps', () => {
  const incident = checkIncidentSource(
    'c/2024-01-01-x.md',
    '---\ntitle: x\ndate: 2024-01-01\ntimezone: UTC\nseverity: sev2\n---\n\n## Action items\n\n### Monitoring\n\n- Alert (a/b#1)\n- No tracker here\n',
  ).incident as Incident;

  it('never invents a state for a reference that was not synced', () => {
    const [tracked] = followUps([incident], { version: 1, statuses: {} }, { today: '2024-06-01', limits: { sev2: 60 } });
    expect(tracked).toMatchObject({ key: 'a/b#1', group: 'not synced' });
    expect(tracked?.status).toBeUndefined();
    expect(tracked?.flags).not.toContainEqual(expect.stringMatching(/over the/));
  });

  it('flags a synced follow-up open longer than its severity allows, and one without an owner', () => {
    const status = {
      key: 'a/b#1',
      kind: 'issue' as const,
      state: 'open' as const,
      title: 'Alert',
      assignees: [],
      labels: [],
      closedAt: null,
      mergedAt: null,
      url: 'u',
      fetchedAt: 'f',
    };
    const [tracked, untracked] = followUps(
      [incident],
      { version: 1, statuses: { 'a/b#1': status } },
      { today: '2024-06-01', limits: { sev2: 60 } },
    );
    expect(tracked?.flags).toEqual(['open 152 days, over the 60-day limit for sev2', 'no owner']);
    expect(untracked).toMatchObject({ group: 'no tracker', flags: ['no owner', 'no tracker'] });
  });
});
