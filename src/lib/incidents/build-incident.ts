/**
 * Builds the incident model from validated frontmatter and the Markdown body.
 * Pure: the site, `npm run check` and the tests all call this one function.
 */
import type { IncidentFrontmatter } from '../../schemas/incident.ts';
import { extractActionItems, type ActionItem } from '../action-items/extract-action-items.ts';
import { gitHubReferencesIn } from '../action-items/github-reference.ts';
import { itemType } from '../action-items/item-details.ts';
import { outline, type Block } from '../markdown/outline.ts';
import { computeMetrics } from '../milestones/metrics.ts';
import { deriveMilestones, type WrittenMilestone } from '../milestones/derive-milestones.ts';
import { MILESTONES, type Milestone } from '../milestones/milestone.ts';
import type { LocatedIssue } from '../problem.ts';
import { extractTimeline } from '../timeline/extract-entries.ts';
import { resolveTimeline } from '../timeline/resolve-timeline.ts';
import { resolveZone } from '../timezone.ts';
import type { Incident, RunbookLink } from './incident-model.ts';
import { runbookLinksIn } from './runbook-links.ts';

/** What `buildIncident` needs to know about a report. */
export interface IncidentInput {
  id: string;
  data: IncidentFrontmatter;
  body: string;
  /** Lines of the file before the body, so problems point at file lines. */
  bodyLineOffset?: number;
  /** The file line of a frontmatter field; line 1 when unknown. */
  lineOf?: (path: readonly PropertyKey[]) => number;
}

function frontmatterActionItems(data: IncidentFrontmatter, lineOf: (path: readonly PropertyKey[]) => number): ActionItem[] {
  return data.action_items.map((item, index) => {
    return {
      title: item.title,
      ...(item.area ? { area: item.area } : {}),
      ...(item.owner ? { owner: item.owner } : {}),
      type: item.type ?? itemType(item.area, item.title),
      ...(item.priority ? { priority: item.priority } : {}),
      ...(item.due ? { due: item.due } : {}),
      links: item.links.filter((l) => /^https?:/.test(l)),
      github: gitHubReferencesIn(item.links.join(' ')),
      line: lineOf(['action_items', index]),
    };
  });
}

/** The incident model, every problem found while building it, and the body's blocks for further checks. */
export function buildIncident(input: IncidentInput): { incident?: Incident; issues: LocatedIssue[]; blocks: Block[] } {
  const { id, data, body } = input;
  const lineOf = input.lineOf ?? (() => 1);
  const issues: LocatedIssue[] = [];
  const zone = resolveZone(data.timezone);
  if (!zone.ok)
    return { issues: [{ line: lineOf(['timezone']), field: 'timezone', severity: 'error', message: zone.message }], blocks: [] };

  const [year, month, day] = data.date.split('-').map(Number) as [number, number, number];
  const date = { year, month, day };
  const blocks = outline(body, input.bodyLineOffset ?? 0);

  const extracted = extractTimeline(blocks);
  const outOfOrder = data.timeline_order === 'as-written' ? 'warning' : 'error';
  const resolved = extracted
    ? resolveTimeline(extracted.entries, { date, zone: zone.value, outOfOrder })
    : { entries: [], issues: [] };
  issues.push(...(extracted?.issues ?? []), ...resolved.issues);

  const written: Partial<Record<Milestone, WrittenMilestone>> = {};
  for (const name of MILESTONES) {
    const value = data[name];
    if (value !== undefined) written[name] = { value, line: lineOf([name]) };
  }
  const derived = deriveMilestones(written, resolved.entries, { date, zone: zone.value });
  issues.push(...derived.issues);

  const runbookLinks: RunbookLink[] = [
    ...data.runbooks.map((runbookId, index) => ({ id: runbookId, line: lineOf(['runbooks', index]) })),
    ...runbookLinksIn(blocks),
  ];

  const incident: Incident = {
    id,
    data,
    zone: zone.value,
    timeline: resolved.entries,
    milestones: derived.milestones,
    milestoneLines: derived.lines,
    metrics: computeMetrics(derived.milestones),
    actionItems: [...frontmatterActionItems(data, lineOf), ...extractActionItems(blocks)],
    runbookLinks,
  };
  return { incident, issues, blocks };
}
