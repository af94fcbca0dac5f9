/** The four moments every incident is measured by, in the order they must happen. */
export const MILESTONES = ['started', 'detected', 'mitigated', 'resolved'] as const;

/** One of the four moments. */
export type Milestone = (typeof MILESTONES)[number];

/** Each milestone's instant, or null where the report does not say. */
export type MilestoneInstants = Record<Milestone, Date | null>;
