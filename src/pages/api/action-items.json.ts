import type { APIRoute } from 'astro';
import { jsonArrayBody } from '../../lib/api/json-array-body.ts';
import { getIncidents, getStatusCache } from '../../data/content.ts';
import { followUps } from '../../lib/action-items/follow-ups.ts';
import { todayUtc } from '../../lib/runbooks/review-status.ts';
import { FOLLOW_UP_LIMITS } from '../../site.config.ts';

/** `dist/api/action-items.json`: every follow-up across incidents, with its synced state, age, owner and flags. */
export const GET: APIRoute = async () => {
  const items = followUps(
    (await getIncidents()).map((p) => p.incident),
    getStatusCache(),
    { today: todayUtc(), limits: FOLLOW_UP_LIMITS },
  );
  const body = items.map((i) => ({
    key: i.key,
    title: i.status?.title ?? i.title,
    url: i.url ?? null,
    state: i.status?.state ?? null,
    syncedAt: i.status?.fetchedAt ?? null,
    group: i.group,
    type: i.type,
    owner: i.owner ?? (i.status?.assignees.length ? i.status.assignees.join(', ') : null),
    priority: i.priority ?? null,
    due: i.due ?? null,
    ageDays: i.ageDays,
    incidents: i.incidents.map((n) => n.id),
    flags: i.flags,
  }));
  return new Response(jsonArrayBody(body), { headers: { 'Content-Type': 'application/json' } });
};
