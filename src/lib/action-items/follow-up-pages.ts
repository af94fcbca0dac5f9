/**
 * The pages of the follow-ups list. Follow-ups come sorted by group (open
 * first), so a page holds one group, or the end of one and the start of the
 * next; every page links to where each group starts.
 */
import { pagePath } from '../paging/paginate.ts';
import { FOLLOW_UP_GROUPS, type FollowUpGroup } from './follow-ups.ts';

/** The id of a group's heading on a page of follow-ups. */
export const groupAnchor = (group: string): string => `group-${group.replace(/\W+/g, '-')}`;

/** A group, how many follow-ups it has, where its first one is in the whole list, and the link to it. */
export interface GroupStart {
  group: FollowUpGroup;
  count: number;
  start: number;
  href: string;
}

/** Where each group with follow-ups starts, in group order, for a list at `base` paged by `perPage`. */
export function groupStarts(items: readonly { group: FollowUpGroup }[], perPage: number, base: string): GroupStart[] {
  return FOLLOW_UP_GROUPS.flatMap((group) => {
    const first = items.findIndex((i) => i.group === group);
    if (first < 0) return [];
    return [
      {
        group,
        count: items.filter((i) => i.group === group).length,
        start: first,
        href: `${pagePath(base, Math.floor(first / perPage) + 1)}#${groupAnchor(group)}`,
      },
    ];
  });
}
