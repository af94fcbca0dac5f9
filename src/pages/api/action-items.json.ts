import type { APIRoute } from 'astro';
import { jsonArrayBody } from '../../lib/api/json-array-body.ts';
import { ownerOf } from '../../lib/action-items/follow-up-display.ts';
import { getFollowUps } from '../../data/content.ts';

/** `dist/api/action-items.json`: every follow-up across incidents, with its synced state, age, owner and flags. */
export const GET: APIRoute = async () => {
  const items = await getFollowUps();
  const body = items.map((i) => ({
    key: i.key,
    title: i.status?.title ?? i.title,
    url: i.url ?? null,
    state: i.status?.state ?? null,
    syncedAt: i.status?.fetchedAt ?? null,
    group: i.group,
    type: i.type,
    owner: ownerOf(i) ?? null,
    priority: i.priority ?? null,
    due: i.due ?? null,
    ageDays: i.ageDays,
    incidents: i.incidents.map((n) => n.id),
    flags: i.flags,
  }));
  return new Response(jsonArrayBody(body), { headers: { 'Content-Type': 'application/json' } });
};
