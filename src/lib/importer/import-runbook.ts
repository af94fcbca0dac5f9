/**
 * Turns a runbook in one of the common public shapes (one file per alert with
 * Meaning / Impact / Diagnosis / Mitigation; numbered-heading procedures;
 * docs-site pages with their own frontmatter) into a Hindsight runbook. Alert
 * names are kept exactly, and headings keep their text, so the anchors that
 * existing links use still exist.
 */
import { parse, stringify } from 'yaml';
import { localImagesIn } from '../markdown/local-images.ts';
import { outline } from '../markdown/outline.ts';

/** An imported runbook, or why the file was left alone. */
export interface RunbookImport {
  /** The new file's name, `<id>.md`. */
  fileName?: string;
  text?: string;
  notes: string[];
  skipped?: string;
  /** Relative images found beside the source, to copy. */
  images?: string[];
}

const ALERT_NAME = /^[A-Za-z][A-Za-z0-9]*(?:[A-Z][A-Za-z0-9]*)+$/;
const DOCS_EXTENSIONS = /(\.html)?\.(md|markdown)(\.erb)?$/i;

function splitSource(source: string): { data: Record<string, unknown>; body: string } {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { data: {}, body: source };
  try {
    const data: unknown = parse(m[1] ?? '');
    return {
      data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
      body: source.slice(m[0].length),
    };
  } catch {
    return { data: {}, body: source.slice(m[0].length) };
  }
}

/** Moves headings down a level when the body uses H1 for its sections, so the page title stays the only H1. */
function demoteIfNeeded(body: string): string {
  const blocks = outline(body);
  if (!blocks.some((b) => b.depth === 1)) return body;
  const lines = body.split('\n');
  for (const block of blocks) {
    if (block.depth === undefined || block.depth >= 6) continue;
    lines[block.line - 1] = `#${lines[block.line - 1] ?? ''}`;
  }
  return lines.join('\n');
}

/** Imports one runbook file; `fileName` is its name in the source folder; `imageExists` says whether a relative image is there to copy. */
export function importRunbook(
  source: string,
  fileName: string,
  imageExists: (path: string) => boolean = () => false,
): RunbookImport {
  const notes: string[] = [];
  const stem = fileName.replace(DOCS_EXTENSIONS, '');
  if (/^(_?index|readme)$/i.test(stem)) return { notes, skipped: 'a section index, not a runbook' };
  const { data, body: rawBody } = splitSource(source);

  const h1 = /^#\s+(.+?)\s*#*\s*$/m.exec(rawBody);
  const h1Text = h1?.[1]?.trim();
  const writtenTitle = typeof data['title'] === 'string' ? data['title'].trim() : undefined;
  const title = writtenTitle ?? h1Text ?? stem;
  if (!writtenTitle) notes.push(`title "${title}" from ${h1Text ? 'its first heading' : 'its file name'}`);

  // An alert runbook names its alert in the file name or the first heading, exactly as the alert fires.
  const alert = [h1Text, stem].find((candidate) => candidate !== undefined && ALERT_NAME.test(candidate));
  if (alert) notes.push(`alert ${alert} from its ${alert === h1Text ? 'first heading' : 'file name'}`);

  // The title heading is dropped only when it repeats the title (or names the alert); any other H1 is content.
  const dropsH1 = h1Text !== undefined && (h1Text === title || h1Text === alert);
  let body = dropsH1 && h1 ? rawBody.replace(h1[0], '') : rawBody;
  body = demoteIfNeeded(body.trimStart());
  if (/<%.*?%>/s.test(body)) notes.push('it holds ERB template tags (<% … %>), kept as text');
  const images: string[] = [];
  for (const image of localImagesIn(body)) {
    if (imageExists(image.path)) {
      images.push(image.path);
      continue;
    }
    if (image.kind === 'html') {
      notes.push(`image ${image.path} not found beside the runbook: the page will show it broken`);
      continue;
    }
    // An image that is not there would stop the build; its reference stays, as a link readers can follow up.
    body = body.replace(
      new RegExp(`!\\[([^\\]]*)\\]\\(\\s*<?${image.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}>?(\\s+"[^"]*")?\\s*\\)`),
      (_, alt: string) => `[${alt || image.path} (image not imported)](${image.path})`,
    );
    notes.push(`image ${image.path} not found beside the runbook: kept as a link`);
  }

  const owner = ['owner', 'owner_slack', 'owner_team']
    .map((k) => data[k])
    .find((v): v is string => typeof v === 'string' && v.trim() !== '');
  const dropped = Object.keys(data).filter((k) => !['title', 'owner', 'owner_slack', 'owner_team'].includes(k));
  if (dropped.length > 0) notes.push(`left out frontmatter fields Hindsight does not use: ${dropped.join(', ')}`);

  const frontmatter = stringify(
    { title, ...(owner ? { owner: owner.trim() } : {}), ...(alert ? { alerts: [alert] } : {}) },
    { lineWidth: 0 },
  ).trimEnd();
  return { fileName: `${stem}.md`, text: `---\n${frontmatter}\n---\n\n${body.trimEnd()}\n`, notes, images };
}
