import type { MilestoneInstants } from '../../../../src/lib/milestones/milestone.ts';
import type { TimelineEntry } from '../../../../src/lib/timeline/resolve-timeline.ts';
import { resolveZone, type Zone } from '../../../../src/lib/timezone.ts';

export const LA = (resolveZone('America/Los_Angeles') as { ok: true; value: Zone }).value;

/** A timeline entry at an ISO instant (or unknown), as the parser would make it. */
export function entry(at: string | null, text = 'something happened', extra: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    line: 1,
    original: at ?? '2X:XX',
    headingText: at ?? '2X:XX',
    text,
    at: at ? new Date(at) : null,
    endAt: null,
    precision: at ? 'minute' : 'unknown',
    approximate: !at,
    zone: LA,
    milestones: [],
    ...extra,
  };
}

export const NO_MILESTONES: MilestoneInstants = { started: null, detected: null, mitigated: null, resolved: null };

/** The seed's timeline instants. */
export const SEED = [
  '2017-12-01T00:22:00Z',
  '2017-12-01T00:59:00Z',
  '2017-12-01T01:02:00Z',
  '2017-12-01T01:04:00Z',
  '2017-12-01T01:07:00Z',
  '2017-12-01T01:09:00Z',
  '2017-12-01T01:12:00Z',
  '2017-12-01T01:14:00Z',
  '2017-12-01T01:18:00Z',
  '2017-12-01T01:20:00Z',
  '2017-12-01T01:21:00Z',
].map((at, i) => entry(at, `Seed entry number ${i} with a fairly long description`));

/** Five days, with quiet nights between bursts. */
export const FIVE_DAYS = [
  '2024-05-01T08:00:00Z',
  '2024-05-01T08:20:00Z',
  '2024-05-01T09:00:00Z',
  '2024-05-02T14:00:00Z',
  '2024-05-02T14:05:00Z',
  '2024-05-04T10:00:00Z',
  '2024-05-05T18:00:00Z',
  '2024-05-06T07:30:00Z',
].map((at) => entry(at, 'a step in a long incident'));

/** Forty entries in ten minutes. */
export const BURST = Array.from({ length: 40 }, (_, i) =>
  entry(new Date(Date.UTC(2024, 0, 1, 12, 0, i * 15)).toISOString(), `burst ${i} of many`),
);
