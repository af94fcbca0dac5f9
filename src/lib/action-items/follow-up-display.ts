/** How a follow-up reads on the list: its age at a glance (the exact days go in a tooltip) and who owns it. */

/** `today`, `1 day`, `45 days`, `5 months`, `9 years`: days up to two months, months up to two years, then years. */
export function formatAge(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return '1 day';
  if (days < 60) return `${days} days`;
  if (days < 730) return `${Math.round(days / 30.4375)} months`;
  return `${Math.round(days / 365.25)} years`;
}

/** Who owns a follow-up: the owner the report names, else its assignees on GitHub; undefined when nobody. */
export function ownerOf(item: { owner?: string | null; status?: { assignees: readonly string[] } | null }): string | undefined {
  if (item.owner) return item.owner;
  const assignees = item.status?.assignees ?? [];
  return assignees.length > 0 ? assignees.join(', ') : undefined;
}
