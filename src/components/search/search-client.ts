/**
 * The search page's browser code: runs Pagefind on the query and filters in
 * the URL, renders results, and keeps the URL in step as the user types.
 */
import {
  hasSearch,
  parseSearchState,
  searchStateToParams,
  searchTerms,
  type SearchState,
} from '../../lib/search/search-state.ts';
import { withoutLeadingTitle } from '../../lib/search/excerpt-title.ts';
import { BUNDLE_LIST_FILE } from '../../lib/search/search-shards.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
}

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex: (url: string, o: Record<string, unknown>) => Promise<void>;
  search: (
    q: string | null,
    o: { filters?: Record<string, string>; sort?: Record<string, string> },
  ) => Promise<PagefindSearch | null>;
}

/** Pagefind with every bundle of the index merged in, and how many bundles there are. */
interface SearchIndex {
  pagefind: Pagefind;
  bundles: number;
}

const escapeText = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Each bundle is tagged with a filter of its own, so a date-sorted search can
// read the bundles one at a time: they hold contiguous dates, newest first.
const BUNDLE_FILTER = 'hindsight-bundle';

async function loadSearchIndex(): Promise<SearchIndex | undefined> {
  // Built by `npm run build` into the output folder; not there in `npm run dev`.
  const url = '/pagefind/pagefind.js';
  try {
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    const options = { excerptLength: 24, ranking: { pageLength: 0.4 } };
    await pagefind.options({ ...options, mergeFilter: { [BUNDLE_FILTER]: '0' } });
    // A large site's index comes in bundles (src/lib/search/search-shards.ts); a small one's list is empty.
    const list = (await fetch(`/pagefind/${BUNDLE_LIST_FILE}`)
      .then((r) => (r.ok ? r.json() : { bundles: [] }))
      .catch(() => ({ bundles: [] }))) as { bundles?: string[] };
    const bundles = list.bundles ?? [];
    // All at once: one after another, each bundle's metadata waited for the last's.
    await Promise.all(
      bundles.map((bundle, i) => pagefind.mergeIndex(bundle, { ...options, mergeFilter: { [BUNDLE_FILTER]: String(i + 1) } })),
    );
    return { pagefind, bundles: bundles.length + 1 };
  } catch {
    return undefined;
  }
}

/**
 * Runs a search. Merged bundles come back ranked by score, which for a sorted
 * search is a position within its own bundle; so a sorted search asks each
 * bundle in turn and puts their answers one after the other.
 */
async function searchAll(
  index: SearchIndex,
  term: string | null,
  filters: Record<string, string>,
  sort: Record<string, string> | undefined,
) {
  if (!sort || index.bundles === 1) return (await index.pagefind.search(term, { filters, ...(sort ? { sort } : {}) }))?.results;
  const parts = await Promise.all(
    Array.from({ length: index.bundles }, (_, k) =>
      index.pagefind.search(term, { filters: { ...filters, [BUNDLE_FILTER]: String(k) }, sort }),
    ),
  );
  return parts.every((p) => p) ? parts.flatMap((p) => p?.results ?? []) : undefined;
}

function resultHtml(data: PagefindResultData): string {
  const type = data.meta['type'] ?? 'page';
  const details = [data.meta['date'], type === 'incident' ? (data.meta['severity'] ?? '').toUpperCase() : undefined].filter(
    Boolean,
  );
  const subs = (data.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3);
  return `<li class="card search-result">
    <p class="meta"><span class="badge">${escapeText(type)}</span>${details.map((d) => `<span>${escapeText(d ?? '')}</span>`).join('')}</p>
    <h2><a href="${escapeText(data.url)}">${escapeText(data.meta['title'] ?? data.url)}</a></h2>
    <p class="excerpt">${withoutLeadingTitle(data.excerpt, data.meta['title'] ?? '')}</p>
    ${
      subs.length > 0
        ? `<ul class="sub-results">${subs.map((s) => `<li><a href="${escapeText(s.url)}">${escapeText(s.title)}</a>: <span class="excerpt">${withoutLeadingTitle(s.excerpt, s.title)}</span></li>`).join('')}</ul>`
        : ''
    }
  </li>`;
}

/** Wires the form on the page to Pagefind and the URL. */
export async function runSearch(doc: Document): Promise<void> {
  const form = doc.getElementById('search-form') as HTMLFormElement | null;
  const input = doc.getElementById('search-q') as HTMLInputElement | null;
  const status = doc.getElementById('search-status');
  const list = doc.getElementById('search-results');
  if (!form || !input || !status || !list) return;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]');
  const filterNames = selects.map((s) => s.name);

  const state = parseSearchState(new URLSearchParams(doc.location.search), filterNames);
  input.value = state.q;
  for (const s of selects) s.value = state.filters[s.name] ?? '';
  if (sortSelect) sortSelect.value = state.sort;

  // The index loads while the reader types: the form answers at once, and searches wait for the index.
  const loading = loadSearchIndex();

  let generation = 0;
  const render = async (current: SearchState) => {
    const mine = ++generation;
    if (!hasSearch(current)) {
      list.innerHTML = '';
      status.textContent = 'Type a symptom, an error message, an alert name, a service or a GitHub reference.';
      return;
    }
    status.textContent = 'Searching…';
    const index = await loading;
    if (mine !== generation) return;
    if (!index) {
      status.textContent = form.hasAttribute('data-empty')
        ? 'There is nothing to search yet: this knowledge base has no incidents or runbooks.'
        : 'The search index is built by "npm run build"; it is not available in this preview.';
      return;
    }
    const results = await searchAll(
      index,
      current.q ? searchTerms(current.q) : null,
      current.filters,
      current.sort === 'newest' || !current.q ? { date: 'desc' } : undefined,
    );
    if (mine !== generation || !results) return;
    const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    if (mine !== generation) return;
    list.innerHTML = data.map(resultHtml).join('');
    const count = results.length;
    status.textContent = `${count} result${count === 1 ? '' : 's'}${count > 20 ? ', showing the best 20' : ''}.`;
  };

  const read = (): SearchState => ({
    q: input.value.trim(),
    filters: Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value])),
    sort: sortSelect?.value === 'newest' ? 'newest' : '',
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    const next = read();
    const query = searchStateToParams(next).toString();
    history.replaceState(null, '', query ? `?${query}` : doc.location.pathname);
    void render(next);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 200);
  });
  for (const s of [...selects, ...(sortSelect ? [sortSelect] : [])]) s.addEventListener('change', update);
  await render(state);
}
