/**
 * Warns when a time written in prose disagrees with the timeline. A sentence
 * that says what happened ("noticed at 0:59 CET") is held against that
 * milestone; any other zoned time only against the timeline as a whole.
 */
import type { Incident } from '../incidents/incident-model.ts';
import type { Milestone } from '../milestones/milestone.ts';
import type { LocatedIssue } from '../problem.ts';
import { displayTime } from '../time-display.ts';
import { findProseTimes } from '../written-times/find-prose-times.ts';
import { incidentSpan, placeProseTime } from '../written-times/place-prose-time.ts';
import type { ProseSentence } from './prose-text.ts';

/** How far a prose time may be from what it describes before it is reported. */
export const PROSE_TIME_TOLERANCE_MINUTES = 30;

const MILESTONE_WORDS: [Milestone, RegExp][] = [
  ['detected', /\b(notic\w*|detect\w*|spott\w*|alert\w*|paged|discover\w*|first reported|became aware)\b/i],
  ['mitigated', /\b(mitigat\w*|restored|recovered|workaround|back up)\b/i],
  ['resolved', /\b(resolv\w*|fully fixed|all clear)\b/i],
  ['started', /\b(start\w*|began|begin\w*|first symptoms?|outage began)\b/i],
];

/** Warnings for prose times that contradict the milestones or the timeline. */
export function proseTimeWarnings(incident: Incident, sentences: ProseSentence[]): LocatedIssue[] {
  const instants = incident.timeline.flatMap((e) => (e.at ? [e.at] : []));
  const span = incidentSpan(incident.milestones, instants);
  const issues: LocatedIssue[] = [];
  const show = (d: Date) => `${displayTime(d, incident.zone).localDate} ${displayTime(d, incident.zone).local}`;
  for (const sentence of sentences) {
    for (const time of findProseTimes(sentence.text)) {
      const placed = placeProseTime(time, { date: incident.data.date, zone: incident.zone, span });
      if (!placed.ok) {
        issues.push({
          line: sentence.line,
          field: 'timeline',
          severity: 'warning',
          message: `"${time.text}" in the text cannot be read: ${placed.message}`,
        });
        continue;
      }
      const at = placed.instant;
      const milestone = MILESTONE_WORDS.find(
        ([name, words]) => words.test(sentence.text) && incident.milestones[name] !== null,
      )?.[0];
      if (milestone) {
        const reference = incident.milestones[milestone] as Date;
        const minutes = Math.round((at.getTime() - reference.getTime()) / 60_000);
        if (Math.abs(minutes) > PROSE_TIME_TOLERANCE_MINUTES) {
          issues.push({
            line: sentence.line,
            field: 'timeline',
            severity: 'warning',
            message: `"${time.text}" is ${show(at)}, ${Math.abs(minutes)} min ${minutes < 0 ? 'before' : 'after'} the ${milestone} milestone (${show(reference)}${incident.milestoneLines[milestone] ? `, line ${incident.milestoneLines[milestone]}` : ''}); check which is right`,
          });
        }
        continue;
      }
      const nearest = instants.reduce<number>((best, d) => Math.min(best, Math.abs(d.getTime() - at.getTime())), Infinity);
      if (instants.length > 0 && nearest > PROSE_TIME_TOLERANCE_MINUTES * 60_000 && span && (at < span.from || at > span.to)) {
        issues.push({
          line: sentence.line,
          field: 'timeline',
          severity: 'warning',
          message: `"${time.text}" is ${show(at)}, more than ${PROSE_TIME_TOLERANCE_MINUTES} min from every timeline entry and outside the incident (${show(span.from)} to ${show(span.to)})`,
        });
      }
    }
  }
  return issues;
}
