/**
 * Warns when a duration written in prose ("took 45 minutes to detect",
 * "down for about an hour") disagrees with the milestones. Only sentences
 * that say which duration they mean are checked, to keep false alarms rare.
 */
import type { Incident } from '../incidents/incident-model.ts';
import { formatDuration, type IncidentMetrics } from '../milestones/metrics.ts';
import type { LocatedIssue } from '../problem.ts';
import type { ProseSentence } from './prose-text.ts';

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  ten: 10,
  twenty: 20,
  thirty: 30,
  half: 0.5,
};
const DURATION =
  /\b(?:(\d+(?:\.\d+)?)|(an?|one|two|three|four|five|six|ten|twenty|thirty)|(half an?))\s*(minutes?|mins?|hours?|hrs?|h)\b/gi;
const KIND: [keyof IncidentMetrics, RegExp][] = [
  ['timeToDetectMinutes', /\b(to (?:detect|notice)|before (?:anyone|we|it was) noticed|went unnoticed|undetected)\b/i],
  ['timeToMitigateMinutes', /\b(to mitigate|until (?:it was )?mitigated)\b/i],
  [
    'timeToResolveMinutes',
    /\b(outage lasted|lasted|down for|for (?:about |roughly |around |nearly |almost )?(?:an?|one|\d+)\s*(?:hours?|minutes?)|to resolve|could not|unavailable|no new)\b/i,
  ],
];

/** Reads a duration written in words, in minutes. */
export function readDuration(match: RegExpMatchArray): number {
  const [, digits, word, half, unit = ''] = match;
  const amount = half ? 0.5 : digits ? Number(digits) : (NUMBER_WORDS[(word ?? '').toLowerCase()] ?? 1);
  return /^h/i.test(unit) ? amount * 60 : amount;
}

/** Warnings for prose durations that disagree with the milestones by more than 15 min and 30%. */
export function durationWarnings(incident: Incident, sentences: ProseSentence[]): LocatedIssue[] {
  const issues: LocatedIssue[] = [];
  for (const sentence of sentences) {
    const kind = KIND.find(([, words]) => words.test(sentence.text))?.[0];
    if (!kind) continue;
    const actual = incident.metrics[kind];
    if (actual === null) continue;
    for (const match of sentence.text.matchAll(DURATION)) {
      const written = readDuration(match);
      if (Math.abs(written - actual) > Math.max(15, 0.3 * actual)) {
        issues.push({
          line: sentence.line,
          field: 'milestones',
          severity: 'warning',
          message: `"${match[0]}" disagrees with the milestones, which give a ${kind
            .replace(/Minutes$/, '')
            .replace(/([A-Z])/g, ' $1')
            .toLowerCase()} of ${formatDuration(actual)}`,
        });
      }
    }
  }
  return issues;
}
