/** The choices offered by the search page's filters, from the published content. */
import type { Incident } from '../incidents/incident-model.ts';
import type { Runbook } from '../runbooks/build-runbook.ts';
import { incidentFacets, runbookFacets } from './search-facets.ts';

/** One filter and the values it can take, in display order. */
export interface FilterOptions {
  name: string;
  label: string;
  values: string[];
}

const LABELS: Record<string, string> = {
  type: 'Type',
  severity: 'Severity',
  service: 'Service',
  tag: 'Tag',
  year: 'Year',
  'follow-ups': 'Follow-ups',
};

/** Every filter with every value some page has, sorted (years newest first). */
export function searchFilterOptions(incidents: Incident[], runbooks: Runbook[]): FilterOptions[] {
  const values = new Map<string, Set<string>>();
  for (const facets of [...incidents.map(incidentFacets), ...runbooks.map(runbookFacets)]) {
    for (const [name, list] of Object.entries(facets.filters)) {
      const set = values.get(name) ?? new Set<string>();
      for (const v of list) set.add(v);
      values.set(name, set);
    }
  }
  return Object.keys(LABELS)
    .filter((name) => values.has(name))
    .map((name) => {
      const list = [...(values.get(name) ?? [])].sort();
      return { name, label: LABELS[name] ?? name, values: name === 'year' ? list.reverse() : list };
    });
}
