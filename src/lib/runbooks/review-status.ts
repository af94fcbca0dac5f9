/** Whether a runbook is due for review, from `last_reviewed` and `review_every`. */

/** A runbook's review state on a given day. */
export interface ReviewStatus {
  /** The day the next review is due, YYYY-MM-DD; absent when the runbook sets no interval. */
  dueOn?: string;
  overdue: boolean;
  /** `review_every` is set but the runbook has never been reviewed. */
  neverReviewed: boolean;
}

/** Adds a `90d` / `12w` / `6m` / `1y` interval to a YYYY-MM-DD day. */
export function addInterval(day: string, interval: string): string {
  const m = /^(\d+)\s*([dwmy])$/i.exec(interval.trim());
  if (!m) throw new Error(`not an interval: ${interval}`);
  const n = Number(m[1]);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const unit = (m[2] ?? 'd').toLowerCase();
  const d = new Date(
    Date.UTC(
      year + (unit === 'y' ? n : 0),
      month - 1 + (unit === 'm' ? n : 0),
      date + (unit === 'd' ? n : unit === 'w' ? 7 * n : 0),
    ),
  );
  return d.toISOString().slice(0, 10);
}

/** The review state of a runbook on `today` (YYYY-MM-DD). */
export function reviewStatus(
  data: { last_reviewed?: string | undefined; review_every?: string | undefined },
  today: string,
): ReviewStatus {
  if (!data.review_every) return { overdue: false, neverReviewed: false };
  if (!data.last_reviewed) return { overdue: true, neverReviewed: true };
  const dueOn = addInterval(data.last_reviewed, data.review_every);
  return { dueOn, overdue: dueOn < today, neverReviewed: false };
}

/** Today as YYYY-MM-DD in UTC, the day a build or check runs. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
