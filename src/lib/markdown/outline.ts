/**
 * The block structure of a Markdown body: headings with their depth and line,
 * and the blocks under each. Code fences are understood, so a `# comment` in
 * a shell snippet is never taken for a heading.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './parse-markdown.ts';

/** One top-level block of the body. */
export interface Block {
  node: RootContent;
  /** 1-based line in the file (the body's offset already added). */
  line: number;
  /** For headings: 1-6. */
  depth?: number;
  /** For headings: the plain text, as the rendered page shows it. */
  text?: string;
  /** For headings: the Markdown as written, without the leading #s. */
  raw?: string;
  /** The block's Markdown source. */
  source: string;
}

/** Parses `body` into top-level blocks. `lineOffset` is the number of file lines before the body. */
export function outline(body: string, lineOffset = 0): Block[] {
  const tree: Root = parseMarkdown(body);
  return tree.children.map((node) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const block: Block = { node, line: (node.position?.start.line ?? 1) + lineOffset, source: body.slice(start, end) };
    if (node.type === 'heading') {
      block.depth = node.depth;
      block.text = toString(node).trim();
      block.raw = block.source
        .replace(/^ {0,3}#{1,6}[ \t]*/, '')
        .replace(/[ \t]+#+[ \t]*$/, '')
        .trim();
    }
    return block;
  });
}

/** Plain text of a block, with runs of white space folded. */
export function plainText(block: Block | RootContent): string {
  const node = 'node' in block ? block.node : block;
  return toString(node).replace(/\s+/g, ' ').trim();
}

/** A section: a heading and the blocks up to the next heading at its level or above. */
export interface Section {
  heading: Block;
  blocks: Block[];
}

/**
 * Finds the first heading whose text matches `pattern`, at any level, with the
 * blocks of its section. A heading at the section's level or above closes it,
 * unless `continues` says it still belongs (a `## Feb 21, 13:00` inside a
 * `## Timeline`).
 */
export function findSection(
  blocks: Block[],
  pattern: RegExp,
  continues: (heading: Block) => boolean = () => false,
): Section | undefined {
  const index = blocks.findIndex((b) => b.depth !== undefined && pattern.test(b.text ?? ''));
  const heading = blocks[index];
  if (index < 0 || heading?.depth === undefined) return undefined;
  const depth = heading.depth;
  const section: Block[] = [];
  for (const block of blocks.slice(index + 1)) {
    if (block.depth !== undefined && block.depth <= depth && !continues(block)) break;
    section.push(block);
  }
  return { heading, blocks: section };
}
