/** An incident report as the site, the checker and the API see it. */
import type { ActionItem } from '../action-items/extract-action-items.ts';
import type { IncidentMetrics } from '../milestones/metrics.ts';
import type { Milestone, MilestoneInstants } from '../milestones/milestone.ts';
import type { TimelineEntry } from '../timeline/resolve-timeline.ts';
import type { Zone } from '../timezone.ts';
import type { IncidentFrontmatter } from '../../schemas/incident.ts';

/** Everything derived from one report. */
export interface Incident {
  /** The file name without extension: `2017-11-30-oom-proxy`. */
  id: string;
  data: IncidentFrontmatter;
  /** The report's zone, resolved. */
  zone: Zone;
  timeline: TimelineEntry[];
  milestones: MilestoneInstants;
  /** The file line each milestone was given on (frontmatter field or timeline entry), where known. */
  milestoneLines: Partial<Record<Milestone, number>>;
  metrics: IncidentMetrics;
  actionItems: ActionItem[];
  /** Runbook ids named in frontmatter or linked from the body, with the step anchor when one is linked. */
  runbookLinks: RunbookLink[];
}

/** A link from a report to a runbook, or to one of its steps. */
export interface RunbookLink {
  id: string;
  anchor?: string;
  line: number;
}
