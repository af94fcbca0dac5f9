/**
 * The details an action item carries besides its title: the kind of work,
 * who owns it, how urgent it is and when it is due, read from what authors
 * write inline (`@tim`, `owner: Tim`, `P1`, `due 2024-05-01`) and from the
 * area it is filed under.
 */

/** What kind of follow-up it is. */
export const ITEM_TYPES = ['prevent', 'mitigate', 'detect', 'process', 'other'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** The details found in an item's text. */
export interface ItemDetails {
  owner?: string;
  priority?: string;
  due?: string;
}

const TYPE_BY_AREA: [RegExp, ItemType][] = [
  [/\b(process|training|documentation|docs|communication|people|on-?call)\b/i, 'process'],
  [/\b(monitor\w*|alert\w*|detect\w*|observab\w*|logging|metrics|dashboards?)\b/i, 'detect'],
  [/\b(mitigat\w*|recover\w*|rollback|runbooks?|response)\b/i, 'mitigate'],
  [/\b(prevent\w*|technical|fix\w*|config\w*|capacity|limits?|tests?|testing)\b/i, 'prevent'],
];

/** The kind of follow-up, from the area it is filed under (or what its title says). */
export function itemType(area: string | undefined, title: string): ItemType {
  for (const text of [area ?? '', title]) {
    const found = TYPE_BY_AREA.find(([pattern]) => pattern.test(text));
    if (found) return found[1];
  }
  return 'other';
}

/** Owner, priority and due date written in an item's text. */
export function itemDetails(text: string): ItemDetails {
  const owner = /\bowner:\s*([^,;)\]]+)/i.exec(text)?.[1]?.trim() ?? /(?:^|\s)@([A-Za-z0-9][\w-]*)/.exec(text)?.[1];
  const priority = /\b(P[0-4])\b/.exec(text)?.[1];
  const due = /\bdue:?\s*(\d{4}-\d{2}-\d{2})\b/i.exec(text)?.[1];
  return { ...(owner ? { owner } : {}), ...(priority ? { priority } : {}), ...(due ? { due } : {}) };
}
