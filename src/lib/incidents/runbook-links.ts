/** Finds links from a report's body to runbooks and their steps. */
import type { Block } from '../markdown/outline.ts';
import type { RunbookLink } from './incident-model.ts';

// Site-relative links only: another site's /runbooks/ (a wiki's, say) is not ours, and
// checking it against our runbooks would refuse a report for linking it.
const RUNBOOK_LINK = /\]\(\s*\/runbooks\/([a-z0-9][a-z0-9._-]*)\/?(?:#([^\s)]+))?\s*\)/gi;

/** Every site-relative Markdown link to `/runbooks/<id>/` or `/runbooks/<id>/#<step>`, with its line. */
export function runbookLinksIn(blocks: Block[]): RunbookLink[] {
  const links: RunbookLink[] = [];
  for (const block of blocks) {
    if (block.node.type === 'code') continue;
    const lines = block.source.split('\n');
    lines.forEach((text, index) => {
      for (const m of text.matchAll(RUNBOOK_LINK)) {
        links.push({ id: (m[1] as string).toLowerCase(), ...(m[2] ? { anchor: m[2] } : {}), line: block.line + index });
      }
    });
  }
  return links;
}
