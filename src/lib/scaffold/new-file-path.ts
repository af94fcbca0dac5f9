/** Where `npm run new` puts a file. */
import { slugify } from './slugify.ts';

/** `content/incidents/2024/2024-05-01-proxy-pods-oom.md` */
export function newIncidentPath(contentDir: string, date: string, title: string): string {
  return `${contentDir}/incidents/${date.slice(0, 4)}/${date}-${slugify(title)}.md`;
}

/** `content/runbooks/kubernetes/drain-a-node.md` */
export function newRunbookPath(contentDir: string, area: string, title: string): string {
  return `${contentDir}/runbooks/${slugify(area) || 'general'}/${slugify(title)}.md`;
}
