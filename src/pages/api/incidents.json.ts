import type { APIRoute } from 'astro';
import { jsonArrayBody } from '../../lib/api/json-array-body.ts';
import { getIncidents, getStatusCache } from '../../data/content.ts';
import { toApiIncident } from '../../lib/incidents/incident-api.ts';
import { absoluteUrl, incidentPath } from '../../lib/urls.ts';

/** `dist/api/incidents.json`: every published incident, newest first. The shape is documented in the README. */
export const GET: APIRoute = async ({ site }) => {
  const incidents = await getIncidents();
  const statuses = getStatusCache().statuses;
  const body = incidents.map(({ incident }) => toApiIncident(incident, absoluteUrl(incidentPath(incident.id), site), statuses));
  return new Response(jsonArrayBody(body), { headers: { 'Content-Type': 'application/json' } });
};
