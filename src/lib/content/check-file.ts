/** Validates one content file from its source text: frontmatter, schema and body. */
import { incidentSchema } from '../../schemas/incident.ts';
import { runbookSchema } from '../../schemas/runbook.ts';
import { consistencyWarnings } from '../consistency-warnings/consistency-warnings.ts';
import { buildIncident } from '../incidents/build-incident.ts';
import { checkContentSafety } from '../mdx-safety/check-mdx-safety.ts';
import type { SafetyRules } from '../mdx-safety/safety-rules.ts';
import type { Incident } from '../incidents/incident-model.ts';
import { splitFrontmatter } from '../markdown/frontmatter.ts';
import type { LocatedIssue } from '../problem.ts';
import { buildRunbook, type Runbook } from '../runbooks/build-runbook.ts';
import { reviewStatus, todayUtc } from '../runbooks/review-status.ts';
import { bodyIssues } from './body-issues.ts';
import { idFromPath } from './content-file.ts';
import { schemaIssues } from './schema-issues.ts';

const INCIDENT_FIELDS = Object.keys(incidentSchema.shape);
const RUNBOOK_FIELDS = Object.keys(runbookSchema.shape);
const DATED_NAME = /^(\d{4}-\d{2}-\d{2})-/;

/** With no rules given, MDX may import nothing and embed nothing. */
const STRICTEST: SafetyRules = { allowedImports: [], allowedEmbedHosts: [] };

/** What is wrong with a body whatever its frontmatter: what it may run or embed, and how it is put together. */
function safetyIssues(path: string, body: string, bodyLineOffset: number, rules: SafetyRules): LocatedIssue[] {
  const format = path.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md';
  return [...checkContentSafety(body, { file: path, format, lineOffset: bodyLineOffset, rules }), ...bodyIssues(body, bodyLineOffset)];
}

/**
 * The incident model of a report, without the checks: for renderers that
 * need the report's zone and timeline, not its problems.
 */
export function readIncidentSource(path: string, source: string): Incident | undefined {
  const split = splitFrontmatter(source);
  const parsed = split.data === undefined ? undefined : incidentSchema.safeParse(split.data);
  if (!parsed?.success) return undefined;
  return buildIncident({ id: idFromPath(path), data: parsed.data, body: split.body, bodyLineOffset: split.bodyLineOffset }).incident;
}

/** Checks an incident report; the model is returned whenever the frontmatter is valid. */
export function checkIncidentSource(
  path: string,
  source: string,
  rules: SafetyRules = STRICTEST,
): { incident?: Incident; issues: LocatedIssue[] } {
  const split = splitFrontmatter(source);
  if (split.data === undefined) return { issues: split.issues };
  const safety = safetyIssues(path, split.body, split.bodyLineOffset, rules);
  const parsed = incidentSchema.safeParse(split.data);
  if (!parsed.success) return { issues: [...split.issues, ...safety, ...schemaIssues(parsed.error, split.lineOf, INCIDENT_FIELDS, split.columnOf)] };
  const id = idFromPath(path);
  const built = buildIncident({ id, data: parsed.data, body: split.body, bodyLineOffset: split.bodyLineOffset, lineOf: split.lineOf });
  const issues = [...split.issues, ...safety, ...built.issues];
  if (built.incident) issues.push(...consistencyWarnings(built.incident, built.blocks, split.body, split.bodyLineOffset));
  const namedDate = DATED_NAME.exec(id)?.[1];
  if (namedDate && namedDate !== parsed.data.date) {
    issues.push({
      line: split.lineOf(['date']),
      field: 'date',
      severity: 'warning',
      message: `the file name says ${namedDate} but date is ${parsed.data.date}`,
    });
  }
  return { ...(built.incident ? { incident: built.incident } : {}), issues };
}

/** Checks a runbook; the model is returned whenever the frontmatter is valid. */
export function checkRunbookSource(
  path: string,
  source: string,
  rules: SafetyRules = STRICTEST,
  today: string = todayUtc(),
): { runbook?: Runbook; issues: LocatedIssue[] } {
  const split = splitFrontmatter(source);
  if (split.data === undefined) return { issues: split.issues };
  const safety = safetyIssues(path, split.body, split.bodyLineOffset, rules);
  const parsed = runbookSchema.safeParse(split.data);
  if (!parsed.success) return { issues: [...split.issues, ...safety, ...schemaIssues(parsed.error, split.lineOf, RUNBOOK_FIELDS, split.columnOf)] };
  const runbook = {
    ...buildRunbook({ id: idFromPath(path), data: parsed.data, body: split.body, bodyLineOffset: split.bodyLineOffset }),
    alertsLine: split.lineOf(['alerts']),
  };
  const issues = [...split.issues, ...safety];
  const review = reviewStatus(parsed.data, today);
  if (review.overdue) {
    const field = review.neverReviewed ? 'review_every' : 'last_reviewed';
    issues.push({
      line: split.lineOf([field]),
      column: split.columnOf([field]),
      field,
      severity: 'warning',
      message: review.neverReviewed
        ? `review overdue: the runbook asks for review every ${parsed.data.review_every ?? ''} but gives no last_reviewed date`
        : `review overdue since ${review.dueOn ?? ''} (last reviewed ${parsed.data.last_reviewed ?? ''}, every ${parsed.data.review_every ?? ''})`,
    });
  }
  return { runbook, issues };
}
