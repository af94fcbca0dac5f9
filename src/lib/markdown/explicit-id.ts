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

// What an author writes meaning an explicit id: `[#…]` or the `{#…}` of other Markdown tools, at a heading's end.
const ID_LIKE = /\s*(\[#[^\]]*\]|\{#[^}]*\})\s*$/;

/**
 * Why the end of a heading that looks like an explicit id is not one, with
 * the id to write instead; undefined when it is one or does not look like one.
 * Left as it is, the marker shows in the heading and the anchor is its slug.
 */
export function explicitIdProblem(text: string): string | undefined {
  if (EXPLICIT_ID.test(text)) return undefined;
  const written = ID_LIKE.exec(text)?.[1];
  if (!written) return undefined;
  const id = written
    .slice(2, -1)
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^a-z0-9_-]+/g, '')
    .replace(/^[_-]+/, '');
  return written.startsWith('{')
    ? `heading id ${written} is not read here: write explicit ids as [#${id || 'id'}]`
    : `heading id ${written} may hold only letters, digits, "_" and "-", and must start with a letter or digit${id ? `; write [#${id}]` : ''}`;
}
