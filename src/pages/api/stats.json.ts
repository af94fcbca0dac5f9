import type { APIRoute } from 'astro';
import { getIncidents } from '../../data/content.ts';
import { computeIncidentStats } from '../../lib/statistics/incident-stats.ts';

/** `dist/api/stats.json`: the numbers behind the stats page, from the same computation. */
export const GET: APIRoute = async () => {
  const stats = computeIncidentStats((await getIncidents()).map((p) => p.incident));
  return new Response(JSON.stringify(stats, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
