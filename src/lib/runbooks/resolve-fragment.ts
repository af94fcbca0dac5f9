/** Where an old or positional link fragment lands on a runbook page. */

/**
 * The step anchor a fragment means: an old anchor through `anchor_aliases`,
 * or `step-3` as the third step; undefined when it means nothing here.
 */
export function resolveFragment(
  fragment: string,
  steps: readonly string[],
  aliases: Readonly<Record<string, string>>,
): string | undefined {
  const aliased = aliases[fragment];
  if (aliased) return aliased;
  const positional = /^step-(\d+)$/i.exec(fragment);
  if (positional) return steps[Number(positional[1]) - 1];
  return undefined;
}
