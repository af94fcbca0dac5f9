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

/**
 * Whether a document may hold an explicit id at all: a quick look at the
 * whole source, so the heading plugin skips the many reports with none
 * without visiting (and materialising) every heading.
 */
export function mayHaveExplicitId(source: string): boolean {
  return /\[#[A-Za-z0-9]/.test(source);
}
