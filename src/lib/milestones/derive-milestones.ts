/**
 * Milestones come from the frontmatter (`detected: 2017-11-30 16:59 PST`) or
 * from timeline entries marked `[detected]`. Either way they must be in order:
 * started ≤ detected ≤ mitigated ≤ resolved.
 */
import type { LocatedIssue } from '../problem.ts';
import { resolveZone, toUtcInstant, type Zone } from '../timezone.ts';
import { parseTimelineHeading } from '../timeline/parse-heading.ts';
import type { TimelineEntry } from '../timeline/resolve-timeline.ts';
import { MILESTONES, type Milestone, type MilestoneInstants } from './milestone.ts';

/** A milestone written in frontmatter, with the line of its field. */
export interface WrittenMilestone {
  value: string;
  line: number;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Reads a frontmatter milestone: an ISO 8601 instant, or a time as a timeline heading would write it. */
export function readMilestoneValue(
  value: string,
  options: { date: { year: number; month: number; day: number }; zone: Zone },
): { ok: true; value: Date } | { ok: false; message: string } {
  if (ISO_INSTANT.test(value)) {
    const instant = new Date(value);
    return Number.isNaN(instant.getTime())
      ? { ok: false, message: `"${value}" is not a real instant` }
      : { ok: true, value: instant };
  }
  const parsed = parseTimelineHeading(value);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const { date, time, zone: writtenZone, title } = parsed.value;
  if (time === undefined || time === 'unknown' || title) {
    return { ok: false, message: `"${value}" must be a time such as "2017-11-30 16:22 PST", "16:22" or an ISO 8601 instant` };
  }
  let zone = options.zone;
  if (writtenZone) {
    const resolved = resolveZone(writtenZone, options.zone);
    if (!resolved.ok) return resolved;
    zone = resolved.value;
  }
  const day = date ? { year: date.year ?? options.date.year, month: date.month, day: date.day } : options.date;
  return toUtcInstant({ ...day, hour: time.hour, minute: time.minute }, zone);
}

/** Every milestone's instant, from frontmatter and timeline marks, with problems found on the way. */
export function deriveMilestones(
  written: Partial<Record<Milestone, WrittenMilestone>>,
  timeline: TimelineEntry[],
  options: { date: { year: number; month: number; day: number }; zone: Zone },
): { milestones: MilestoneInstants; lines: Partial<Record<Milestone, number>>; issues: LocatedIssue[] } {
  const milestones: MilestoneInstants = { started: null, detected: null, mitigated: null, resolved: null };
  const lines: Partial<Record<Milestone, number>> = {};
  const issues: LocatedIssue[] = [];

  for (const name of MILESTONES) {
    const field = written[name];
    if (!field) continue;
    const instant = readMilestoneValue(field.value, options);
    if (instant.ok) {
      milestones[name] = instant.value;
      lines[name] = field.line;
    } else {
      issues.push({ line: field.line, field: name, severity: 'error', message: instant.message });
    }
  }

  for (const entry of timeline) {
    for (const name of entry.milestones) {
      if (lines[name] !== undefined) {
        issues.push({
          line: entry.line,
          field: name,
          severity: 'error',
          message: `"${name}" is marked here and also on line ${lines[name]}; a milestone is given once`,
        });
        continue;
      }
      if (entry.at === null || entry.precision !== 'minute') {
        issues.push({
          line: entry.line,
          field: name,
          severity: 'error',
          message: `"${name}" is marked on an entry whose time is not known to the minute`,
        });
        continue;
      }
      milestones[name] = entry.at;
      lines[name] = entry.line;
    }
  }

  // Each milestone must not come before any earlier one that is given.
  for (let i = 1; i < MILESTONES.length; i++) {
    const later = MILESTONES[i] as Milestone;
    const at = milestones[later];
    if (!at) continue;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = MILESTONES[j] as Milestone;
      const before = milestones[earlier];
      if (before && before > at) {
        issues.push({
          line: lines[later] ?? 1,
          field: later,
          severity: 'error',
          message: `milestones are out of order: ${later} (${at.toISOString()}) is before ${earlier} (${before.toISOString()}, line ${lines[earlier] ?? '?'}); they must run started ≤ detected ≤ mitigated ≤ resolved`,
        });
        break;
      }
    }
  }
  return { milestones, lines, issues };
}
