/** Every consistency warning for a report: prose times, evidence links and prose durations. */
import type { Incident } from '../incidents/incident-model.ts';
import type { Block } from '../markdown/outline.ts';
import type { LocatedIssue } from '../problem.ts';
import { durationWarnings } from './duration-warnings.ts';
import { evidenceLinkWarnings } from './evidence-link-warnings.ts';
import { proseSentences } from './prose-text.ts';
import { proseTimeWarnings } from './prose-time-warnings.ts';

/** Warnings, never errors: the report is published as written, and the author is told what looks off. */
export function consistencyWarnings(incident: Incident, blocks: Block[], body: string, lineOffset: number): LocatedIssue[] {
  const sentences = proseSentences(blocks);
  return [
    ...proseTimeWarnings(incident, sentences),
    ...evidenceLinkWarnings(incident, body, lineOffset),
    ...durationWarnings(incident, sentences),
  ];
}
