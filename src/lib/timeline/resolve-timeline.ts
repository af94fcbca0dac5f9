/**
 * Places timeline entries in time. A date carries forward to the entries after
 * it, and so does a zone: a bare `17:07` after `16:59 PST` is PST, and before
 * any zone is given it is in the report's zone. A bare time earlier than the
 * entry before it rolls to the next day (`23:50` then `00:10`).
 *
 * A small step back (`14:49` then `14:43`) is not rolled: rolling would move
 * the entry almost a day later, which is never what the author meant, so it is
 * reported as out of order instead.
 */
import type { LocatedIssue } from '../problem.ts';
import type { Milestone } from '../milestones/milestone.ts';
import { formatLocal, resolveZone, toUtcInstant, zoneName, type LocalDateTime, type Zone } from '../timezone.ts';
import type { RawEntry } from './extract-entries.ts';
import type { WrittenDate, WrittenTime } from './parse-heading.ts';

/** How exactly an entry's instant is known. */
export type Precision = 'minute' | 'day' | 'unknown';

/** A timeline entry placed in time. */
export interface TimelineEntry {
  /** Line of the heading in the file. */
  line: number;
  /** The heading as written. */
  original: string;
  /** The heading's plain text, as the rendered page shows it. */
  headingText: string;
  /** The title after the time, when there is one. */
  title?: string;
  /** The title, or else the entry's first paragraph. */
  text: string;
  /** The instant, or null when the time is unknown (`2X:XX`). For a date-only entry, the start of that day. */
  at: Date | null;
  /** The end of a range such as `8:20 - 8:24`. */
  endAt: Date | null;
  precision: Precision;
  /** Written with `~`, `ca.`, a question, or only a date. */
  approximate: boolean;
  /** The zone the entry's time was written in (given, carried forward, or the report's). */
  zone: Zone;
  /** A parenthesised remark after the time. */
  note?: string;
  milestones: Milestone[];
}

/** Steps back shorter than this are reported as out of order rather than rolled to the next day. */
export const MAX_OUT_OF_ORDER_MINUTES = 60;

interface Day {
  year: number;
  month: number;
  day: number;
}

function addDays(day: Day, count: number): Day {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + count));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function withTime(day: Day, time: WrittenTime): LocalDateTime {
  return { ...day, hour: time.hour, minute: time.minute };
}

/** A date written without a year takes the year of the day before it, or the next year if it would go back. */
function dayFromWritten(written: WrittenDate, current: Day): Day {
  if (written.year !== undefined) return { year: written.year, month: written.month, day: written.day };
  const sameYear = { year: current.year, month: written.month, day: written.day };
  return compareDays(sameYear, current) < 0 ? { ...sameYear, year: current.year + 1 } : sameYear;
}

function describeTime(at: Date, zone: Zone, local: LocalDateTime): string {
  return `${formatLocal(local)} ${zoneName(zone)} (${at.toISOString().replace('.000Z', 'Z')})`;
}

/** Places every entry in time; problems are returned beside the entries, never thrown. */
export function resolveTimeline(
  raw: RawEntry[],
  options: { date: Day; zone: Zone; outOfOrder?: 'error' | 'warning' },
): { entries: TimelineEntry[]; issues: LocatedIssue[] } {
  const issues: LocatedIssue[] = [];
  const entries: TimelineEntry[] = [];
  let day: Day = options.date;
  let zone: Zone = options.zone;
  let previous: { at: Date; line: number; local: LocalDateTime; zone: Zone } | undefined;
  const problem = (line: number, message: string, severity: 'error' | 'warning' = 'error') =>
    issues.push({ line, field: 'timeline', severity, message });

  for (const item of raw) {
    const base = { line: item.line, original: item.original, headingText: item.headingText, text: item.text };
    const parsed = item.parsed;
    if (!parsed) {
      // Already reported as unreadable; kept in place with an unknown time.
      entries.push({ ...base, at: null, endAt: null, precision: 'unknown', approximate: true, zone, milestones: [] });
      continue;
    }
    if (parsed.zone) {
      const resolved = resolveZone(parsed.zone, options.zone);
      if (resolved.ok) zone = resolved.value;
      else problem(item.line, `timeline entry "${item.original}": ${resolved.message}`);
    }
    const explicitDay = parsed.date ? dayFromWritten(parsed.date, day) : undefined;
    if (explicitDay) day = explicitDay;

    const common = {
      ...base,
      ...(parsed.title ? { title: parsed.title } : {}),
      ...(parsed.note ? { note: parsed.note } : {}),
      zone,
      milestones: parsed.milestones,
    };

    if (parsed.time === 'unknown') {
      entries.push({ ...common, at: null, endAt: null, precision: 'unknown', approximate: true });
      continue;
    }

    const time = parsed.time ?? { hour: 0, minute: 0 };
    let local = withTime(day, time);
    let at = toUtcInstant(local, zone);
    if (!at.ok) {
      problem(item.line, `timeline entry "${item.original}": ${at.message}`);
      entries.push({ ...common, at: null, endAt: null, precision: 'unknown', approximate: true });
      continue;
    }

    if (previous && at.value < previous.at) {
      const stepBackMinutes = (previous.at.getTime() - at.value.getTime()) / 60_000;
      const mayRoll = !explicitDay && parsed.time !== undefined && stepBackMinutes > MAX_OUT_OF_ORDER_MINUTES;
      if (mayRoll) {
        // A bare time that goes back is the next day: 23:50 then 00:10.
        for (let tries = 0; tries < 2 && at.ok && at.value < previous.at; tries++) {
          day = addDays(day, 1);
          local = withTime(day, time);
          at = toUtcInstant(local, zone);
        }
        if (!at.ok) {
          problem(item.line, `timeline entry "${item.original}": ${at.message}`);
          entries.push({ ...common, at: null, endAt: null, precision: 'unknown', approximate: true });
          continue;
        }
      } else if (parsed.time !== undefined || compareDays(day, previous.local) < 0) {
        problem(
          item.line,
          `timeline entry "${item.original}" is out of order: ${describeTime(at.value, zone, local)} is before the entry on line ${previous.line} (${describeTime(previous.at, previous.zone, previous.local)}); ` +
            (explicitDay
              ? 'fix the date or move the entry'
              : 'move the entry to its place, or write its date if it happened on another day'),
          options.outOfOrder ?? 'error',
        );
      }
    }

    let endAt: Date | null = null;
    if (parsed.endTime) {
      let endLocal = withTime(day, parsed.endTime);
      let end = toUtcInstant(endLocal, zone);
      if (end.ok && end.value < at.value) {
        endLocal = withTime(addDays(day, 1), parsed.endTime);
        end = toUtcInstant(endLocal, zone);
      }
      if (end.ok) endAt = end.value;
      else problem(item.line, `timeline entry "${item.original}": ${end.message}`);
    }

    const precision: Precision = parsed.time === undefined ? 'day' : 'minute';
    entries.push({ ...common, at: at.value, endAt, precision, approximate: parsed.approximate || precision === 'day' });
    // A date-only heading sets the day; only a later day moves the ordering reference forward.
    if (!previous || at.value >= previous.at) previous = { at: at.value, line: item.line, local, zone };
  }
  return { entries, issues };
}
