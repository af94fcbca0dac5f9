import type { APIRoute } from 'astro';
import { getRunbooks } from '../../data/content.ts';
import { alertIndex } from '../../lib/runbooks/alert-index.ts';
import { absoluteUrl, alertPath, runbookPath } from '../../lib/urls.ts';

/** `dist/api/alerts.json`: every alert name and the runbook that handles it. */
export const GET: APIRoute = async ({ site }) => {
  const { routes } = alertIndex((await getRunbooks()).map((p) => p.runbook));
  const body = routes.map((r) => ({
    alert: r.alert,
    runbook: r.runbookId,
    url: absoluteUrl(runbookPath(r.runbookId), site),
    alertUrl: absoluteUrl(alertPath(r.alert), site),
  }));
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
