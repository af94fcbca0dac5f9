import { describe, expect, it } from 'vitest';
import { groupAnchor, groupStarts } from '../../../../src/lib/action-items/follow-up-pages.ts';
import type { FollowUpGroup } from '../../../../src/lib/action-items/follow-ups.ts';

const items = (groups: [FollowUpGroup, number][]) => groups.flatMap(([group, n]) => Array.from({ length: n }, () => ({ group })));

describe('groupStarts', () => {
  it('links each group with follow-ups to the page and heading where it starts', () => {
    const list = items([
      ['open', 3],
      ['not synced', 5],
      ['done', 1],
    ]);
    expect(groupStarts(list, 4, '/action-items/')).toEqual([
      { group: 'open', count: 3, start: 0, href: '/action-items/#group-open' },
      { group: 'not synced', count: 5, start: 3, href: '/action-items/#group-not-synced' },
      { group: 'done', count: 1, start: 8, href: '/action-items/page/3/#group-done' },
    ]);
  });

  it('starts a group on the next page when the last page ended exactly before it', () => {
    const list = items([
      ['open', 4],
      ['draft', 2],
    ]);
    expect(groupStarts(list, 4, '/x/').map((g) => g.href)).toEqual(['/x/#group-open', '/x/page/2/#group-draft']);
  });

  it('gives anchors that are valid ids for every group name', () => {
    expect(groupAnchor('closed, not planned')).toBe('group-closed-not-planned');
  });
});
