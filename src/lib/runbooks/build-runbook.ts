/**
 * Builds the runbook model: its frontmatter and its steps. A step is a heading
 * below a section (`### Cordon the node` under `## Mitigation`); its anchor is
 * the heading's slug, the same id the rendered page gives it.
 */
import GithubSlugger from 'github-slugger';
import type { RunbookFrontmatter } from '../../schemas/runbook.ts';
import { splitExplicitId } from '../markdown/explicit-id.ts';
import { outline } from '../markdown/outline.ts';

/** One step of a runbook. */
export interface RunbookStep {
  /** The heading text. */
  title: string;
  /** The id of the heading on the page. */
  anchor: string;
  /** The section it belongs to (`Mitigation`). */
  section?: string;
  line: number;
}

/** A runbook as the site and the checker see it. */
export interface Runbook {
  /** The file name without extension. */
  id: string;
  data: RunbookFrontmatter;
  steps: RunbookStep[];
  /** Every heading id on the page, steps and sections alike. */
  anchors: string[];
  /** The line of the `alerts` field, for problems about alerts; known when checked from source. */
  alertsLine?: number;
}

/** The runbook model from validated frontmatter and body. */
export function buildRunbook(input: { id: string; data: RunbookFrontmatter; body: string; bodyLineOffset?: number }): Runbook {
  const slugger = new GithubSlugger();
  const headings = outline(input.body, input.bodyLineOffset ?? 0).filter((b) => b.depth !== undefined);
  const sectionDepth = Math.min(...headings.map((h) => h.depth as number));
  const steps: RunbookStep[] = [];
  const anchors: string[] = [];
  let section: string | undefined;
  for (const heading of headings) {
    // An explicit id ([#cordon]) keeps a step's links working when its wording changes.
    const { text, id } = splitExplicitId(heading.text ?? '');
    const anchor = id ?? slugger.slug(text);
    anchors.push(anchor);
    if (heading.depth === sectionDepth) section = text;
    else if (heading.depth === sectionDepth + 1)
      steps.push({ title: text, anchor, ...(section ? { section } : {}), line: heading.line });
  }
  return { id: input.id, data: input.data, steps, anchors };
}
