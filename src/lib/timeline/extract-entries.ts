/**
 * Finds a report's Timeline section and its entries. The section is found by
 * its heading at any level; entries are the headings below it, at whatever
 * level the first one uses, until a heading at the Timeline's own level or
 * above that is not itself a time (reports write `## Feb 21, 13:00` beside
 * `## Timeline` to change the day).
 */
import type { LocatedIssue } from '../problem.ts';
import { findSection, plainText, type Block } from '../markdown/outline.ts';
import { splitExplicitId } from '../markdown/explicit-id.ts';
import { parseTimelineHeading, type ParsedHeading } from './parse-heading.ts';

/** A timeline heading, read but not yet placed in time. */
export interface RawEntry {
  /** Line of the heading in the file. */
  line: number;
  /** The heading text exactly as written (Markdown included). */
  original: string;
  /** The heading's plain text, as the rendered page shows it. */
  headingText: string;
  /** What the heading says, or undefined when it could not be read (an issue says why). */
  parsed?: ParsedHeading;
  /** The entry's own text: its title, or else its first paragraph. */
  text: string;
  /** The blocks below the heading, up to the next entry. */
  blocks: Block[];
}

const TIMELINE_HEADING = /^(time\s?line|chronology|sequence of events)\b/i;

function readsAsTime(block: Block): boolean {
  const parsed = parseTimelineHeading(block.raw ?? '');
  return parsed.ok && (parsed.value.time !== undefined || parsed.value.date !== undefined);
}

/** The Timeline section's heading line and its entries, or undefined when the report has none. */
export function extractTimeline(blocks: Block[]): { line: number; entries: RawEntry[]; issues: LocatedIssue[] } | undefined {
  const section = findSection(blocks, TIMELINE_HEADING, readsAsTime);
  if (!section) return undefined;
  const entries: RawEntry[] = [];
  const issues: LocatedIssue[] = [];
  const firstHeading = section.blocks.find((b) => b.depth !== undefined);
  const entryDepth = firstHeading?.depth ?? Infinity;

  for (const block of section.blocks) {
    const isEntry = block.depth !== undefined && block.depth <= entryDepth;
    const current = entries.at(-1);
    if (!isEntry) {
      // Prose before the first entry (such as "All times in PST") belongs to no entry.
      current?.blocks.push(block);
      continue;
    }
    const original = block.raw ?? '';
    const parsed = parseTimelineHeading(original);
    if (!parsed.ok) {
      issues.push({
        line: block.line,
        field: 'timeline',
        severity: 'error',
        message: `cannot read timeline entry "${original}": ${parsed.message}`,
      });
    }
    entries.push({
      line: block.line,
      original,
      headingText: splitExplicitId(block.text ?? '').text,
      ...(parsed.ok ? { parsed: parsed.value } : {}),
      text: '',
      blocks: [],
    });
  }

  for (const entry of entries) {
    const firstParagraph = entry.blocks.find((b) => b.node.type === 'paragraph');
    entry.text = entry.parsed?.title ?? (firstParagraph ? plainText(firstParagraph) : '');
  }
  return { line: section.heading.line, entries, issues };
}
