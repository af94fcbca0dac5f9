/**
 * Parses CommonMark into mdast with Sätteri's native parser, the one the site
 * renders with. It gives the same tree, positions included, as
 * mdast-util-from-markdown (tests/unit/lib/markdown compares the two) at about
 * a thirtieth of the cost, which is most of what checking 10,000 reports took.
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';

/**
 * The mdast tree of a Markdown body (frontmatter already removed). GFM stays
 * off: the checker's rules were written for CommonMark blocks, and a table or
 * a bare URL must read the same to it as it always has.
 */
export function parseMarkdown(body: string): Root {
  return markdownToMdast(body, { features: { gfm: false, frontmatter: false } }) as Root;
}
