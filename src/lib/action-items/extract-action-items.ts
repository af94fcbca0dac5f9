/**
 * Action items written the way reports write them: an "Action items" section,
 * sub-headings per area, and under each a list (or plain paragraphs) of items
 * with their links.
 */
import { findSection, plainText, type Block } from '../markdown/outline.ts';
import { gitHubReferencesIn, urlsIn, type GitHubReference } from './github-reference.ts';
import { itemDetails, itemType, type ItemType } from './item-details.ts';

/** One follow-up from a report. */
export interface ActionItem {
  /** What is to be done, without its links. */
  title: string;
  /** The sub-heading it was written under, if any. */
  area?: string;
  /** Who is on the hook for it. */
  owner?: string;
  /** prevent, mitigate, detect, process or other. */
  type: ItemType;
  /** `P0` (most urgent) … `P4`. */
  priority?: string;
  /** YYYY-MM-DD. */
  due?: string;
  /** Every URL in the item. */
  links: string[];
  /** The GitHub issues and pull requests it names. */
  github: GitHubReference[];
  /** Line in the file where it is written. */
  line: number;
}

const ACTION_ITEMS_HEADING = /^(action items?|follow[- ]?ups?|next steps|remediation( items)?)\b/i;

/** Removes link targets and reference-only brackets so the title reads as a sentence. */
function cleanTitle(text: string): string {
  return text
    .replace(/\bhttps?:\/\/[^\s<>()[\]]+/g, '')
    .replace(/\(\s*(?:[\w.-]+\/[\w.-]+#\d+[\s,;]*)+\)/g, '')
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s+([.,;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reference-style links (`[issue][alerting-issue]`) point at definitions elsewhere in the report. */
function definitionsIn(blocks: Block[]): Map<string, string> {
  const definitions = new Map<string, string>();
  for (const block of blocks)
    if (block.node.type === 'definition') definitions.set(block.node.identifier.toLowerCase(), block.node.url);
  return definitions;
}

/** The item's source with the targets of its reference-style links added, so they are found like inline ones. */
function withReferences(source: string, definitions: Map<string, string>): string {
  const targets = [...source.matchAll(/\]\[([^\]]*)\]|\[([^\]]+)\](?![[(:])/g)].flatMap((m) => {
    const label = (m[1] || m[2] || '').toLowerCase();
    const url = definitions.get(label);
    return url ? [url] : [];
  });
  return targets.length > 0 ? `${source} ${targets.join(' ')}` : source;
}

function itemFrom(
  rawSource: string,
  text: string,
  line: number,
  area: string | undefined,
  definitions: Map<string, string>,
): ActionItem | undefined {
  const source = withReferences(rawSource, definitions);
  const title = cleanTitle(text);
  const links = urlsIn(source);
  if (!title && links.length === 0) return undefined;
  const finalTitle = title || (links[0] ?? '');
  return {
    title: finalTitle,
    ...(area ? { area } : {}),
    type: itemType(area, finalTitle),
    ...itemDetails(text),
    links,
    github: gitHubReferencesIn(source),
    line,
  };
}

/** The action items of a report body, in the order written. */
export function extractActionItems(blocks: Block[]): ActionItem[] {
  const section = findSection(blocks, ACTION_ITEMS_HEADING);
  if (!section) return [];
  const items: ActionItem[] = [];
  const definitions = definitionsIn(blocks);
  let area: string | undefined;
  for (const block of section.blocks) {
    if (block.depth !== undefined) {
      area = block.text;
      continue;
    }
    if (block.node.type === 'list') {
      for (const listItem of block.node.children) {
        const start = listItem.position?.start.offset ?? 0;
        const end = listItem.position?.end.offset ?? start;
        const offsetInBlock = start - (block.node.position?.start.offset ?? 0);
        const source = block.source.slice(offsetInBlock, offsetInBlock + (end - start));
        const line = block.line + (listItem.position?.start.line ?? 0) - (block.node.position?.start.line ?? 0);
        const item = itemFrom(source, plainText(listItem), line, area, definitions);
        if (item) items.push(item);
      }
    } else if (block.node.type === 'paragraph') {
      // Prose before the first area that links nothing introduces the list; it is not an item.
      if (area === undefined && urlsIn(block.source).length === 0) continue;
      const item = itemFrom(block.source, plainText(block), block.line, area, definitions);
      if (item) items.push(item);
    }
  }
  return items;
}
