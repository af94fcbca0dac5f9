/** The prose of a report body, sentence by sentence, with file lines: no headings, no code. */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Block } from '../markdown/outline.ts';

/** A stretch of prose and the file line it starts on. */
export interface ProseSentence {
  text: string;
  line: number;
}

/** Splits paragraphs and list items into sentences, keeping the line each starts on. */
export function proseSentences(blocks: Block[]): ProseSentence[] {
  const sentences: ProseSentence[] = [];
  for (const block of blocks) {
    if (block.depth !== undefined || block.node.type === 'code' || block.node.type === 'html') continue;
    const lineOffset = block.line - (block.node.position?.start.line ?? 1);
    const texts: { value: string; line: number }[] = [];
    visit({ type: 'root', children: [block.node] } as Root, 'text', (node: Text) => {
      texts.push({ value: node.value, line: (node.position?.start.line ?? 1) + lineOffset });
    });
    for (const t of texts) {
      let line = t.line;
      // Sentences end at . ! ? followed by a space; times like 0:59 and decimals stay whole.
      for (const part of t.value.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/)) {
        sentences.push({ text: part, line });
        line += part.split('\n').length - 1;
      }
    }
  }
  return sentences;
}
