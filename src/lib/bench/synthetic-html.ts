/**
 * Renders synthetic content as pages marked up the way the site marks its
 * own (Pagefind body, filters, metadata, heading ids), so the search
 * benchmark indexes what a real build would give it without a full build.
 */
import GithubSlugger from 'github-slugger';
import { escapeHtml } from '../written-times/prose-time-html.ts';
import type { GeneratedFile } from './synthetic-content.ts';

function field(text: string, name: string): string | undefined {
  return new RegExp(`^${name}: (.+)$`, 'm').exec(text)?.[1]?.trim();
}

function list(text: string, name: string): string[] {
  return (field(text, name) ?? '')
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Markdown links as the site renders them: the link text is page text, the
 * URL only an attribute. (Indexing the raw `[text](url)` would give Pagefind
 * a word per URL that real pages never have.)
 */
function inline(line: string): string {
  return line
    .split(/(\[[^\]]*\]\([^)\s]*\))/)
    .map((part) => {
      const link = /^\[([^\]]*)\]\(([^)\s]*)\)$/.exec(part);
      return link ? `<a href="${escapeHtml(link[2] ?? '')}">${escapeHtml(link[1] ?? '')}</a>` : escapeHtml(part);
    })
    .join('');
}

/** The page path and HTML for a generated report or runbook. */
export function syntheticPage(file: GeneratedFile): { path: string; html: string } {
  const isIncident = file.path.startsWith('incidents/');
  const id = file.path.split('/').pop()?.replace(/\.md$/, '') ?? 'page';
  const body = file.text.replace(/^---[\s\S]*?\n---\n/, '');
  const slugger = new GithubSlugger();
  let inCode = false;
  const html = body
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) {
        inCode = !inCode;
        return inCode ? '<pre><code>' : '</code></pre>';
      }
      if (inCode) return escapeHtml(line);
      const heading = /^(#{2,4}) (.+)$/.exec(line);
      if (heading) {
        const level = heading[1]?.length ?? 2;
        const text = heading[2] ?? '';
        return `<h${level} id="${slugger.slug(text)}">${escapeHtml(text)}</h${level}>`;
      }
      return line.trim() ? `<p>${inline(line.replace(/^[-*] /, ''))}</p>` : '';
    })
    .join('\n');
  const date = field(file.text, 'date') ?? '';
  const severity = field(file.text, 'severity') ?? 'unrated';
  const filters = isIncident
    ? [
        ['type', 'incident'],
        ['severity', severity],
        ['year', date.slice(0, 4)],
        ...list(file.text, 'services').map((s) => ['service', s]),
        ...list(file.text, 'tags').map((t) => ['tag', t]),
      ]
    : [['type', 'runbook'], ...list(file.text, 'services').map((s) => ['service', s])];
  const facets = [
    ...filters.map(
      ([name, value]) => `<span data-pagefind-filter="${name}[data-value]" data-value="${escapeHtml(value ?? '')}"></span>`,
    ),
    `<span data-pagefind-meta="type[data-value]" data-value="${isIncident ? 'incident' : 'runbook'}"></span>`,
    ...(isIncident
      ? [
          `<span data-pagefind-meta="date[data-value]" data-value="${date}"></span>`,
          `<span data-pagefind-sort="date:${date}"></span>`,
        ]
      : []),
  ].join('');
  const title = escapeHtml(field(file.text, 'title') ?? id);
  return {
    path: `${isIncident ? 'incidents' : 'runbooks'}/${id}/index.html`,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><header><nav><a href="/">Home</a></nav></header><main><article data-pagefind-body><div hidden>${facets}</div><h1>${title}</h1>\n${html}\n</article></main></body></html>\n`,
  };
}
