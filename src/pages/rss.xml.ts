import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getIncidents } from '../data/content.ts';
import { incidentStart } from '../lib/incidents/incident-start.ts';
import { incidentPath } from '../lib/urls.ts';
import { SITE_DESCRIPTION, SITE_TITLE } from '../site.config.ts';

/** An RSS feed of incidents, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const incidents = await getIncidents();
  return rss({
    title: `${SITE_TITLE}: incidents`,
    description: SITE_DESCRIPTION,
    site: site ?? 'http://localhost:4321',
    items: incidents.map(({ incident }) => ({
      title: incident.data.title,
      link: incidentPath(incident.id),
      pubDate: incidentStart(incident),
      description: incident.data.summary ?? incident.data.impact ?? '',
      categories: [...incident.data.services, ...incident.data.tags],
    })),
  });
};
