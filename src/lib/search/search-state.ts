/** The search page's state, kept in the URL so a search can be shared and reopened. */

/** A query, its filters and its order. */
export interface SearchState {
  q: string;
  filters: Record<string, string>;
  sort: '' | 'newest';
}

const RESERVED = new Set(['q', 'sort']);

/** Reads the state from a URL's query string; unknown filter names are ignored. */
export function parseSearchState(params: URLSearchParams, filterNames: readonly string[]): SearchState {
  const filters: Record<string, string> = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value && !RESERVED.has(name)) filters[name] = value;
  }
  return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'newest' ? 'newest' : '' };
}

/** Writes the state as a query string, leaving out what is empty. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [name, value] of Object.entries(state.filters)) if (value) params.set(name, value);
  if (state.sort) params.set('sort', state.sort);
  return params;
}

/** True when there is anything to search for. */
export function hasSearch(state: SearchState): boolean {
  return state.q !== '' || Object.keys(state.filters).length > 0;
}

/**
 * The words to search for. A pasted GitHub issue or pull request URL becomes
 * the `repo number` that reports write (`repo2docker#159`), since URLs in
 * links are not indexed as text and their other parts match everything.
 */
export function searchTerms(q: string): string {
  return q
    .replace(/https?:\/\/(?:www\.)?github\.com\/[\w.-]+\/([\w.-]+)\/(?:issues|pull|pulls)\/(\d+)\S*/gi, '$1#$2')
    .replace(/\s+/g, ' ')
    .trim();
}
