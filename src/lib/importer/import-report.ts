/**
 * Turns a plain-Markdown postmortem (like the mybinder.org reports) into a
 * Hindsight report: frontmatter inferred from what the authors wrote, the
 * body kept in their words. Everything that had to be guessed is said.
 */
import { stringify } from 'yaml';
import { checkIncidentSource } from '../content/check-file.ts';
import { localImagesIn } from '../markdown/local-images.ts';
import { outline } from '../markdown/outline.ts';
import { extractTimeline } from '../timeline/extract-entries.ts';
import { inferZone } from './infer-zone.ts';
import { rewriteForMdx } from './mdx-rewrites.ts';

/** What the importer needs to know besides the text. */
export interface ImportOptions {
  /** The source file's name, for its date and the new file's name. */
  fileName: string;
  /** The zone to use when the report does not say. */
  timezone?: string;
  format: 'md' | 'mdx';
  /** Hosts the site lets content embed; other embeds become links. */
  allowedEmbedHosts?: readonly string[];
}

/** An imported report, or why there is none. */
export interface ImportResult {
  /** The new file's name, `YYYY-MM-DD-slug.md`. */
  fileName?: string;
  /** The report with frontmatter. */
  text?: string;
  /** Relative image paths the report uses, to copy beside it. */
  images: string[];
  /** What was inferred or guessed, for the summary. */
  notes: string[];
  /** Why it could not be imported. */
  error?: string;
  /** Why the file is not an incident report at all (a template, an index). */
  skipped?: string;
}

/** Replaces an embed the site would refuse with a link to what it showed. */
function embedsAsLinks(body: string, allowedHosts: readonly string[], notes: string[]): string {
  return body.replace(/<iframe\b([^>]*)>(?:[\s\S]*?<\/iframe>)?/gi, (tag, attributes: string) => {
    const src = /\bsrc=["']([^"']+)["']/i.exec(attributes)?.[1];
    if (!src) return tag;
    let host = '';
    try {
      host = new URL(src).host;
    } catch {
      // not a URL: leave the tag for the checker to report
      return tag;
    }
    if (allowedHosts.includes(host) && src.startsWith('https://')) return tag;
    const title = /\btitle=["']([^"']+)["']/i.exec(attributes)?.[1];
    notes.push(`an embedded frame from ${host} became a link (the site does not embed that host)`);
    return `[${title ?? src}](${src})`;
  });
}

const DATE = /(\d{4})-(\d{2})-(\d{2})/;
const TITLE_DATE_PREFIX =
  /^(?:incident (?:report|date):?\s*)?\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}\s*(?:[ap]m)?(?:\s*[A-Z]{2,5})?)?\s*[,:–—-]?\s*/i;

/** Title from the first H1, without the date (and time) the authors put in front. */
function titleOf(source: string): { title?: string; raw?: string } {
  const raw = /^#\s+(.+?)\s*#*\s*$/m.exec(source)?.[1];
  if (!raw) return {};
  const title = raw.replace(TITLE_DATE_PREFIX, '').trim();
  return { title: title || raw, raw };
}

/** Removes the title line and, when sections are H1s, moves every heading down a level. */
function bodyOf(source: string): string {
  const withoutTitle = source.replace(/^#\s+.+\n+/m, '');
  const blocks = outline(withoutTitle);
  const sectionsAreH1 = blocks.some((b) => b.depth === 1);
  if (!sectionsAreH1) return withoutTitle.trimStart();
  const lines = withoutTitle.split('\n');
  for (const block of blocks) {
    if (block.depth === undefined || block.depth >= 6) continue;
    const index = block.line - 1;
    lines[index] = `#${lines[index] ?? ''}`;
  }
  return lines.join('\n').trimStart();
}

/** Imports one report. */
export function importReport(source: string, options: ImportOptions): ImportResult {
  const notes: string[] = [];
  const { title, raw } = titleOf(source);
  if (!title) return { images: [], notes, error: 'it has no "# Title" line to take the title from' };
  if (raw !== title) notes.push(`title "${title}" from the heading "${raw}"`);

  const body = embedsAsLinks(bodyOf(source), options.allowedEmbedHosts ?? [], notes);
  const timeline = extractTimeline(outline(body));
  if (!timeline?.entries.some((e) => e.parsed?.time !== undefined)) {
    return { images: [], notes, skipped: 'its timeline has no entry with a time: not an incident report (a template?)' };
  }
  const firstDated = timeline?.entries.find((e) => e.parsed?.date?.year !== undefined)?.parsed?.date;
  const fromTimeline = firstDated
    ? `${firstDated.year}-${String(firstDated.month).padStart(2, '0')}-${String(firstDated.day).padStart(2, '0')}`
    : undefined;
  const fromTitle = raw ? DATE.exec(raw)?.[0] : undefined;
  const fromName = DATE.exec(options.fileName)?.[0];
  const date = fromTimeline ?? fromTitle ?? fromName;
  if (!date) return { images: [], notes, error: 'no date in its file name, title or first timeline entry' };
  notes.push(`date ${date} from ${fromTimeline ? 'the first timeline entry' : fromTitle ? 'the title' : 'the file name'}`);
  for (const [where, other] of [
    ['title', fromTitle],
    ['file name', fromName],
  ] as const) {
    if (other && other !== date) notes.push(`the ${where} says ${other}; kept ${date}, the day the timeline begins`);
  }

  const headingZones = (timeline?.entries ?? []).flatMap((e) => (e.parsed?.zone ? [e.parsed.zone] : []));
  const inferred = inferZone(source, headingZones);
  const timezone = inferred.zone ?? options.timezone;
  if (!timezone) {
    return {
      images: [],
      notes,
      error: `cannot tell its time zone${inferred.guess ? ` (${inferred.guess})` : ''}: add an "All times in …" line or pass --timezone`,
    };
  }
  if (inferred.zone)
    notes.push(`timezone ${timezone} from ${inferred.from ?? 'the report'}${inferred.guess ? `: ${inferred.guess}` : ''}`);
  else notes.push(`timezone ${timezone} from --timezone${inferred.guess ? ` (${inferred.guess})` : ''}`);

  let text = body;
  if (options.format === 'mdx') {
    const rewritten = rewriteForMdx(body);
    text = rewritten.text;
    notes.push(...rewritten.changes);
  }
  const stem = options.fileName.replace(/\.(md|mdx|markdown)$/i, '');
  const fileName = `${stem}.${options.format}`;
  const render = (order?: 'as-written') =>
    `---\n${stringify({ title, date, timezone, ...(order ? { timeline_order: order } : {}) }, { lineWidth: 0 }).trimEnd()}\n---\n\n${text.trimEnd()}\n`;
  let output = render();
  // The authors' order is kept: entries they wrote out of order are flagged, not moved.
  const outOfOrder = checkIncidentSource(fileName, output).issues.filter((i) => /is out of order/.test(i.message));
  if (outOfOrder.length > 0) {
    output = render('as-written');
    notes.push(
      `${outOfOrder.length} timeline entr${outOfOrder.length === 1 ? 'y is' : 'ies are'} out of order as written: kept in place (timeline_order: as-written)`,
    );
  }
  return { fileName, text: output, images: [...new Set(localImagesIn(body).map((i) => i.path))], notes };
}
