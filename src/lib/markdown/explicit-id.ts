/**
 * Explicit heading ids, written `### Cordon the node [#cordon]`. The usual
 * `{#cordon}` is an expression in MDX, so Hindsight uses a form that reads the
 * same in .md and .mdx; the marker is removed from the rendered heading.
 */

const EXPLICIT_ID = /\s*\[#([A-Za-z0-9][\w-]*)\]\s*$/;

/** The heading text without its id marker, and the id when one is given. */
export function splitExplicitId(text: string): { text: string; id?: string } {
  const m = EXPLICIT_ID.exec(text);
  if (!m?.[1]) return { text };
  return { text: text.slice(0, m.index), id: m[1] };
}
