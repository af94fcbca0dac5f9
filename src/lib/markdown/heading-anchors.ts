/** Matches headings we parsed to the ids the rendered page gave them. */

/** A rendered heading as Astro reports it. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * For each wanted heading text, in document order, the id of the rendered
 * heading with that text; undefined where none matches.
 */
export function matchHeadingAnchors(wanted: string[], rendered: RenderedHeading[]): (string | undefined)[] {
  let from = 0;
  return wanted.map((text) => {
    const target = normalise(text);
    const index = rendered.findIndex((h, i) => i >= from && normalise(h.text) === target);
    if (index < 0) return undefined;
    from = index + 1;
    return rendered[index]?.slug;
  });
}
