/**
 * What the search index knows about a page beyond its text: filters, sort
 * keys and result metadata, from the same models the pages render.
 */
import type { Incident } from '../incidents/incident-model.ts';
import type { Runbook } from '../runbooks/build-runbook.ts';

/** Facets of one page, as Pagefind filters, metadata and sort keys. */
export interface SearchFacets {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  sort: Record<string, string>;
}

/**
 * Whether an incident's follow-ups are done. Tracker states come from the
 * GitHub sync; until an item has been synced its state is not known, and the
 * facet says so rather than guess.
 */
export function followUpState(incident: Incident): 'none' | 'not synced' {
  return incident.actionItems.length === 0 ? 'none' : 'not synced';
}

/** Filters: type, severity, service, tag, year, follow-ups; metadata: date and severity; sorted by date. */
export function incidentFacets(incident: Incident): SearchFacets {
  const { data } = incident;
  const severity = data.severity ?? 'unrated';
  return {
    filters: {
      type: ['incident'],
      severity: [severity],
      service: data.services,
      tag: data.tags,
      year: [data.date.slice(0, 4)],
      'follow-ups': [followUpState(incident)],
    },
    meta: { type: 'incident', date: data.date, severity },
    sort: { date: data.date },
  };
}

/** Filters: type, service, tag; metadata: the review date when there is one. */
export function runbookFacets(runbook: Runbook): SearchFacets {
  const { data } = runbook;
  return {
    filters: { type: ['runbook'], service: data.services, tag: data.tags },
    meta: { type: 'runbook', ...(data.last_reviewed ? { date: data.last_reviewed } : {}) },
    sort: data.last_reviewed ? { date: data.last_reviewed } : {},
  };
}
