/**
 * Splits a content file into its YAML frontmatter and Markdown body, keeping
 * the line of every field so problems can point at it.
 */
import { isCollection, isMap, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { LocatedIssue } from '../problem.ts';

/** A content file taken apart. */
export interface SplitDocument {
  /** The frontmatter as plain data; undefined when it could not be read. */
  data: unknown;
  /** The Markdown after the frontmatter. */
  body: string;
  /** How many lines of the file come before the body. */
  bodyLineOffset: number;
  /** The 1-based file line of a field, by path (`['timezone']`, `['action_items', 0, 'title']`). */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** The 1-based column of a field, by path. */
  columnOf: (path: readonly PropertyKey[]) => number;
  issues: LocatedIssue[];
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/** Finds the offset of the deepest node on `path` that exists, preferring the key of a map entry. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let found = rangeStart(node);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === segment);
      if (!pair) return found;
      found = rangeStart(pair.key) ?? found;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      found = rangeStart(node) ?? found;
    } else {
      return found;
    }
  }
  return found;
}

/**
 * How many times a YAML alias (`*name`) may be expanded. Real frontmatter
 * needs few or none; a "billion laughs" document nests them until the data
 * would fill the memory.
 */
export const MAX_ALIAS_COUNT = 100;

/** The offset of the first alias in a document, for the line of a problem about aliases. */
function firstAlias(doc: Document): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Alias(_, node) {
      found = rangeStart(node);
      return visit.BREAK;
    },
  });
  return found;
}

/** Where a file's frontmatter and body are, found without reading the YAML. */
type Sections = { yamlText: string; body: string; bodyLineOffset: number } | { problem: 'no frontmatter' | 'never closed' };

function sections(source: string): Sections {
  const opening = OPENING.exec(source);
  if (!opening) return { problem: 'no frontmatter' };
  const afterOpening = source.slice(opening[0].length);
  const closing = CLOSING.exec(afterOpening);
  if (!closing) return { problem: 'never closed' };
  const yamlText = afterOpening.slice(0, closing.index);
  const rest = afterOpening.slice(closing.index + closing[0].length);
  const body = rest.replace(/^\r?\n/, '');
  const linesBefore = source.length - body.length;
  const bodyLineOffset = source.slice(0, linesBefore).split('\n').length - 1;
  return { yamlText, body, bodyLineOffset };
}

/**
 * A file's Markdown body and how many lines come before it, as
 * `splitFrontmatter` finds them, without parsing the YAML: for checks that
 * read only the body, as parsing it again doubled the YAML's share of a check.
 */
export function markdownBody(source: string): { body: string; bodyLineOffset: number } {
  const found = sections(source);
  if ('problem' in found)
    return found.problem === 'no frontmatter' ? { body: source, bodyLineOffset: 0 } : { body: '', bodyLineOffset: 0 };
  return { body: found.body, bodyLineOffset: found.bodyLineOffset };
}

/** Takes a file apart into frontmatter data and body; data is undefined when there is none to read. */
export function splitFrontmatter(source: string): SplitDocument {
  const found = sections(source);
  if ('problem' in found && found.problem === 'no frontmatter') {
    return {
      data: undefined,
      body: source,
      bodyLineOffset: 0,
      lineOf: () => 1,
      columnOf: () => 1,
      issues: [
        {
          line: 1,
          severity: 'error',
          message: 'the file must start with YAML frontmatter between "---" lines (title, date, timezone…)',
        },
      ],
    };
  }
  if ('problem' in found) {
    return {
      data: undefined,
      body: '',
      bodyLineOffset: 0,
      lineOf: () => 1,
      columnOf: () => 1,
      issues: [{ line: 1, severity: 'error', message: 'the frontmatter opened on line 1 is never closed with a "---" line' }],
    };
  }
  const { yamlText, body, bodyLineOffset } = found;

  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const fileLine = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line + 1);
  const issues: LocatedIssue[] = doc.errors.map((error) => ({
    line: fileLine(error.pos[0]),
    column: counter.linePos(error.pos[0]).col,
    severity: 'error' as const,
    message: `frontmatter is not valid YAML: ${error.message.split('\n')[0] ?? error.code}`,
  }));
  // A key such as `[a, b]:` or `{x}:` has no field name; turning it into data
  // would make the YAML library print a warning of its own and invent one.
  visit(doc, {
    Pair(_, pair) {
      if (!isCollection(pair.key)) return;
      const offset = rangeStart(pair.key);
      issues.push({
        line: fileLine(offset),
        column: offset === undefined ? 1 : counter.linePos(offset).col,
        severity: 'error',
        message: 'frontmatter is not valid here: a field name must be a plain word, not a list or a map',
      });
    },
  });
  let data: unknown;
  if (issues.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
    } catch (error) {
      // Chiefly aliases past the limit; any other failure to build the data is the file's fault too, never a crash.
      const aliases = (error as Error).message.includes('alias');
      issues.push({
        line: fileLine(firstAlias(doc)),
        severity: 'error',
        message: aliases
          ? `frontmatter is not valid here: its aliases (*name) expand past ${MAX_ALIAS_COUNT} copies, which could exhaust memory; write the values out`
          : `frontmatter cannot be read: ${(error as Error).message.split('\n')[0] ?? ''}`,
      });
    }
    if (issues.length > 0) data = undefined;
    else if (typeof data !== 'object' || Array.isArray(data)) {
      issues.push({ line: 2, severity: 'error', message: 'frontmatter must be a set of "field: value" lines' });
      data = undefined;
    }
  }
  const columnOf = (path: readonly PropertyKey[]) => {
    const offset = offsetOf(doc, path);
    return offset === undefined ? 1 : counter.linePos(offset).col;
  };
  return { data, body, bodyLineOffset, lineOf: (path) => fileLine(offsetOf(doc, path)), columnOf, issues };
}
