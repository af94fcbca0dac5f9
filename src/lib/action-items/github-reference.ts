/** Recognises references to GitHub issues and pull requests in the forms people write them. */

/** An issue or pull request on GitHub. `kind` is what the URL says; a short `owner/repo#1` does not say. */
export interface GitHubReference {
  owner: string;
  repo: string;
  number: number;
  kind: 'issue' | 'pull' | 'unknown';
  /** The canonical URL (for a short reference, the issue URL, which GitHub redirects for pull requests). */
  url: string;
  /** `owner/repo#123`. */
  key: string;
}

const URL_FORM = /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+)\/(issues|pull|pulls)\/(\d+)(?:[/?#].*)?$/i;
const SHORT_FORM = /(?<![\w/.-])([A-Za-z0-9][\w.-]*)\/([\w.-]+)#(\d+)\b/g;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>()[\]"'`]+[^\s<>()[\]"'`.,;:!?]/g;

function make(owner: string, repo: string, number: number, kind: GitHubReference['kind']): GitHubReference {
  const path = kind === 'pull' ? 'pull' : 'issues';
  return {
    owner,
    repo,
    number,
    kind,
    url: `https://github.com/${owner}/${repo}/${path}/${number}`,
    key: `${owner}/${repo}#${number}`,
  };
}

/** Reads a GitHub issue or pull request URL; the URL, not the link text, decides which it is. */
export function parseGitHubUrl(url: string): GitHubReference | undefined {
  const m = URL_FORM.exec(url.trim());
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  return make(m[1], m[2], Number(m[4]), m[3].toLowerCase().startsWith('pull') ? 'pull' : 'issue');
}

/** Every URL written in a piece of Markdown source, in order, once each. */
export function urlsIn(source: string): string[] {
  return [...new Set(source.match(URL_IN_TEXT) ?? [])];
}

/** Every GitHub reference in a piece of Markdown source, full URLs and `owner/repo#123`, once each. */
export function gitHubReferencesIn(source: string): GitHubReference[] {
  const found = new Map<string, GitHubReference>();
  for (const url of urlsIn(source)) {
    const ref = parseGitHubUrl(url);
    if (ref && !found.has(ref.key)) found.set(ref.key, ref);
  }
  const withoutUrls = source.replace(URL_IN_TEXT, ' ');
  for (const m of withoutUrls.matchAll(SHORT_FORM)) {
    const ref = make(m[1] as string, m[2] as string, Number(m[3]), 'unknown');
    if (!found.has(ref.key)) found.set(ref.key, ref);
  }
  return [...found.values()];
}
