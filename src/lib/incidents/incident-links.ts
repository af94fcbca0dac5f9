/**
 * Finds links from a report or runbook to incident pages, so the checker can
 * name, at its line, one that leads nowhere: the build would publish it broken.
 */

import { linesOutsideCode } from '../markdown/lines-outside-code.ts';

/** A link to `/incidents/<id>/`, and the 1-based line of the file it is on. */
export interface IncidentLink {
  id: string;
  line: number;
}

// A Markdown link's site-relative target: `](/incidents/2017-11-30-oom-proxy/#17-14)`. Links
// with an origin are left alone: a status page's /incidents/ (githubstatus.com, say) is not ours.
const INCIDENT_LINK = /\]\(\s*<?\/incidents\/([^/\s)#?>]+)\/?(?:[#?][^\s)>]*)?>?(?:\s+"[^"]*")?\s*\)/gi;

/** Every Markdown link to an incident page in a file's text, outside fenced code. */
export function incidentLinksIn(source: string): IncidentLink[] {
  const links: IncidentLink[] = [];
  for (const { text, line } of linesOutsideCode(source)) {
    for (const m of text.matchAll(INCIDENT_LINK)) {
      const id = m[1] ?? '';
      // The list's own pages (/incidents/page/2/) are not reports.
      if (id !== 'page') links.push({ id, line });
    }
  }
  return links;
}
