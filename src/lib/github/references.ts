/** The GitHub references named by action items across incidents, once each. */
import type { GitHubReference } from '../action-items/github-reference.ts';
import type { Incident } from '../incidents/incident-model.ts';

/** Every reference, keyed `owner/repo#n`, with the incidents that name it. */
export function referencesIn(incidents: readonly Incident[]): Map<string, { ref: GitHubReference; incidentIds: string[] }> {
  const refs = new Map<string, { ref: GitHubReference; incidentIds: string[] }>();
  for (const incident of incidents) {
    for (const item of incident.actionItems) {
      for (const ref of item.github) {
        const key = ref.key.toLowerCase();
        const entry = refs.get(key) ?? { ref, incidentIds: [] };
        if (!entry.incidentIds.includes(incident.id)) entry.incidentIds.push(incident.id);
        refs.set(key, entry);
      }
    }
  }
  return refs;
}
