/**
 * The numbers on the stats page and in `dist/api/stats.json`, computed once
 * from the incidents so the chart, its table and the JSON always agree.
 */
import type { Incident } from '../incidents/incident-model.ts';
import { median } from './median.ts';
import { chooseUnit, periodOf, periodsBetween, type PeriodUnit } from './periods.ts';

/** One period's count and medians. */
export interface PeriodStats {
  period: string;
  count: number;
  medianTimeToDetectMinutes: number | null;
  medianTimeToResolveMinutes: number | null;
}

/** One incident's durations. */
export interface IncidentDurations {
  id: string;
  title: string;
  date: string;
  period: string;
  timeToDetectMinutes: number | null;
  timeToResolveMinutes: number | null;
}

/** Everything the stats page shows. */
export interface IncidentStats {
  incidentCount: number;
  unit: PeriodUnit;
  periods: PeriodStats[];
  incidents: IncidentDurations[];
  bySeverity: { severity: string; count: number }[];
  byService: { service: string; count: number }[];
  /** Incidents left out of a metric because a milestone is missing. */
  excluded: { timeToDetect: number; timeToResolve: number };
}

const SEVERITY_ORDER = ['sev1', 'sev2', 'sev3', 'sev4', 'sev5', 'unrated'];

function countBy<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of keys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

const present = (values: (number | null)[]): number[] => values.filter((v): v is number => v !== null);

/** Counts, medians and breakdowns for a set of incidents. Periods follow each incident's own date, the day it began in its zone. */
export function computeIncidentStats(incidents: readonly Incident[], unit?: PeriodUnit): IncidentStats {
  const days = incidents.map((i) => i.data.date).sort();
  const chosen = unit ?? (days.length > 0 ? chooseUnit(days[0] as string, days.at(-1) as string) : 'quarter');
  const durations: IncidentDurations[] = incidents
    .map((i) => ({
      id: i.id,
      title: i.data.title,
      date: i.data.date,
      period: periodOf(i.data.date, chosen),
      timeToDetectMinutes: i.metrics.timeToDetectMinutes,
      timeToResolveMinutes: i.metrics.timeToResolveMinutes,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

  const keys =
    days.length > 0 ? periodsBetween(periodOf(days[0] as string, chosen), periodOf(days.at(-1) as string, chosen), chosen) : [];
  const periods = keys.map((period) => {
    const inPeriod = durations.filter((d) => d.period === period);
    return {
      period,
      count: inPeriod.length,
      medianTimeToDetectMinutes: median(present(inPeriod.map((d) => d.timeToDetectMinutes))),
      medianTimeToResolveMinutes: median(present(inPeriod.map((d) => d.timeToResolveMinutes))),
    };
  });

  const severities = countBy(incidents, (i) => [i.data.severity ?? 'unrated']);
  const services = countBy(incidents, (i) => i.data.services);
  return {
    incidentCount: incidents.length,
    unit: chosen,
    periods,
    incidents: durations,
    bySeverity: SEVERITY_ORDER.filter((s) => severities.has(s)).map((severity) => ({
      severity,
      count: severities.get(severity) ?? 0,
    })),
    byService: [...services.entries()]
      .map(([service, count]) => ({ service, count }))
      .sort((a, b) => b.count - a.count || a.service.localeCompare(b.service)),
    excluded: {
      timeToDetect: durations.filter((d) => d.timeToDetectMinutes === null).length,
      timeToResolve: durations.filter((d) => d.timeToResolveMinutes === null).length,
    },
  };
}
