/**
 * Gives a prose time its day. "Noticed at 0:59 CET" in a report about an
 * evening in California carries no date; of the days around the incident,
 * the one that puts the instant nearest the incident is meant.
 */
import { resolveZone, toUtcInstant, type Zone } from '../timezone.ts';
import type { ProseTime } from './find-prose-times.ts';

/** Where the incident happened in time, for choosing a prose time's day. */
export interface PlacementContext {
  /** The report's date, YYYY-MM-DD. */
  date: string;
  /** The report's zone, which settles ambiguous labels. */
  zone: Zone;
  /** From the start to the end of the incident, when known. */
  span: { from: Date; to: Date } | null;
}

function distance(instant: Date, span: { from: Date; to: Date }): number {
  const t = instant.getTime();
  if (t < span.from.getTime()) return span.from.getTime() - t;
  if (t > span.to.getTime()) return t - span.to.getTime();
  return 0;
}

function addDays(date: { year: number; month: number; day: number }, days: number) {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The instant a prose time stands for, or why it has none. */
export function placeProseTime(
  time: ProseTime,
  context: PlacementContext,
): { ok: true; instant: Date; zone: Zone } | { ok: false; message: string } {
  const zone = resolveZone(time.zone, context.zone);
  if (!zone.ok) return { ok: false, message: zone.message };
  const [year, month, day] = context.date.split('-').map(Number) as [number, number, number];
  const reportDay = { year, month, day };
  const candidates = time.date
    ? [{ year: time.date.year ?? year, month: time.date.month, day: time.date.day }]
    : [-1, 0, 1, 2].map((offset) => addDays(reportDay, offset));
  const instants = candidates.flatMap((d) => {
    const r = toUtcInstant({ ...d, hour: time.hour, minute: time.minute }, zone.value);
    return r.ok ? [r.value] : [];
  });
  if (instants.length === 0) return { ok: false, message: `"${time.text}" is not a real time` };
  const span = context.span ?? { from: instants[1] ?? (instants[0] as Date), to: instants[1] ?? (instants[0] as Date) };
  const best = instants.reduce((a, b) => (distance(b, span) < distance(a, span) ? b : a));
  return { ok: true, instant: best, zone: zone.value };
}

/** The span of an incident: started to resolved, else its first and last timed entries. */
export function incidentSpan(
  milestones: { started: Date | null; resolved: Date | null },
  instants: Date[],
): { from: Date; to: Date } | null {
  const sorted = [...instants].sort((a, b) => a.getTime() - b.getTime());
  const from = milestones.started ?? sorted[0];
  const to = milestones.resolved ?? sorted.at(-1) ?? from;
  return from && to ? { from, to } : null;
}
