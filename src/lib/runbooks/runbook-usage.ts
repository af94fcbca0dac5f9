/** Which incidents used a runbook and its steps, and when it was last exercised. */
import type { Incident } from '../incidents/incident-model.ts';
import { incidentStart } from '../incidents/incident-start.ts';
import type { Runbook } from './build-runbook.ts';

/** An incident that referenced a runbook or one of its steps. */
export interface Usage {
  incident: Incident;
  at: Date;
}

/** Incidents that referenced each step (by anchor) and the runbook as a whole, latest first: the first is its last exercise. */
export function runbookUsage(runbook: Runbook, incidents: readonly Incident[]): { bySteps: Map<string, Usage[]>; all: Usage[] } {
  const bySteps = new Map<string, Usage[]>();
  const all: Usage[] = [];
  for (const incident of incidents) {
    const links = incident.runbookLinks.filter((l) => l.id === runbook.id);
    if (links.length === 0) continue;
    const usage = { incident, at: incidentStart(incident) };
    all.push(usage);
    for (const anchor of new Set(links.flatMap((l) => (l.anchor ? [l.anchor] : []))))
      bySteps.set(anchor, [...(bySteps.get(anchor) ?? []), usage]);
  }
  all.sort((a, b) => b.at.getTime() - a.at.getTime());
  return { bySteps, all };
}
