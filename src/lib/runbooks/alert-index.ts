/**
 * Alert names to runbooks, so `/alerts/<AlertName>/` can send an on-call
 * engineer from an alert straight to its runbook. Names are matched without
 * regard to case, as people and templates type them differently.
 */
import type { Runbook } from './build-runbook.ts';

/** One alert and the runbook that handles it. */
export interface AlertRoute {
  /** The alert's name exactly as the runbook lists it. */
  alert: string;
  runbookId: string;
}

/** Every alert, and the alerts claimed by more than one runbook. */
export function alertIndex(runbooks: readonly Runbook[]): {
  routes: AlertRoute[];
  conflicts: { alert: string; runbookIds: string[] }[];
} {
  const byKey = new Map<string, AlertRoute[]>();
  for (const runbook of runbooks) {
    for (const alert of runbook.data.alerts) {
      const key = alert.toLowerCase();
      byKey.set(key, [...(byKey.get(key) ?? []), { alert, runbookId: runbook.id }]);
    }
  }
  const routes: AlertRoute[] = [];
  const conflicts: { alert: string; runbookIds: string[] }[] = [];
  for (const list of byKey.values()) {
    const ids = [...new Set(list.map((r) => r.runbookId))];
    if (ids.length > 1) conflicts.push({ alert: list[0]?.alert ?? '', runbookIds: ids });
    if (list[0]) routes.push(list[0]);
  }
  return { routes: routes.sort((a, b) => a.alert.localeCompare(b.alert)), conflicts };
}

/** The URL paths an alert is served at: as written, and in lower case when that differs. */
export function alertPaths(alert: string): string[] {
  return [...new Set([alert, alert.toLowerCase()])];
}
