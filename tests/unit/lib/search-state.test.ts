import { describe, expect, it } from 'vitest';
import { hasSearch, parseSearchState, searchStateToParams, searchTerms } from '../../../src/lib/search/search-state.ts';

describe('search state in the URL', () => {
  it('reads the query, known filters and order, and writes them back', () => {
    const state = parseSearchState(new URLSearchParams('q=proxy&service=binder-proxy&bogus=1&sort=newest'), ['service', 'type']);
    expect(state).toEqual({ q: 'proxy', filters: { service: 'binder-proxy' }, sort: 'newest' });
    expect(searchStateToParams(state).toString()).toBe('q=proxy&service=binder-proxy&sort=newest');
  });

  it('knows when there is nothing to search for', () => {
    expect(hasSearch(parseSearchState(new URLSearchParams(''), []))).toBe(false);
    expect(hasSearch(parseSearchState(new URLSearchParams('type=runbook'), ['type']))).toBe(true);
  });

  it('turns a pasted GitHub URL into the reference reports write', () => {
    expect(searchTerms('https://github.com/jupyter/repo2docker/pull/159')).toBe('repo2docker#159');
    expect(searchTerms('see https://github.com/a/b/issues/2#issuecomment-1 now')).toBe('see b#2 now');
    expect(searchTerms('  OOMKilling  ')).toBe('OOMKilling');
  });
});
