/**
 * The only module that queries content collections. Pages read incidents and
 * runbooks from here, already validated, modelled, filtered and sorted.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { followUps, type FollowUp } from '../lib/action-items/follow-ups.ts';
import { buildIncident } from '../lib/incidents/build-incident.ts';
import type { Incident } from '../lib/incidents/incident-model.ts';
import { compareIncidentsNewestFirst } from '../lib/incidents/incident-start.ts';
import { pageParam, paginate, type ListPage } from '../lib/paging/paginate.ts';
import { buildRunbook, type Runbook } from '../lib/runbooks/build-runbook.ts';
import { todayUtc } from '../lib/runbooks/review-status.ts';
import type { StatusCache } from '../lib/github/tracker-status.ts';
import { readStatusCache, statusCachePath } from '../integrations/status-cache.ts';
import { CONTENT_DIR, FOLLOW_UP_LIMITS, LIST_PAGE_SIZE } from '../site.config.ts';

/** An incident with the collection entry that renders its body. */
export interface IncidentPage {
  entry: CollectionEntry<'incidents'>;
  incident: Incident;
}

/** A runbook with the collection entry that renders its body. */
export interface RunbookPage {
  entry: CollectionEntry<'runbooks'>;
  runbook: Runbook;
}

/** Incidents and runbooks that share a service or a tag. */
export interface Grouping {
  name: string;
  incidents: IncidentPage[];
  runbooks: RunbookPage[];
}

let statusCacheOnce: StatusCache | undefined;

/** The GitHub status cache, as `npm run sync` last wrote it; builds never fetch. */
export function getStatusCache(): StatusCache {
  statusCacheOnce ??= readStatusCache(statusCachePath(process.cwd(), CONTENT_DIR));
  return statusCacheOnce;
}

let incidentsOnce: Promise<IncidentPage[]> | undefined;
let runbooksOnce: Promise<RunbookPage[]> | undefined;

async function loadIncidents(): Promise<IncidentPage[]> {
  const entries = await getCollection('incidents', (e) => e.data.status === 'published');
  const pages: IncidentPage[] = [];
  for (const entry of entries) {
    // The content check has already stopped the build on any error, so a model is always there.
    const { incident } = buildIncident({ id: entry.id, data: entry.data, body: entry.body ?? '' });
    if (incident) pages.push({ entry, incident });
  }
  return pages.sort((a, b) => compareIncidentsNewestFirst(a.incident, b.incident));
}

async function loadRunbooks(): Promise<RunbookPage[]> {
  const entries = await getCollection('runbooks', (e) => e.data.status === 'published');
  return entries
    .map((entry) => ({ entry, runbook: buildRunbook({ id: entry.id, data: entry.data, body: entry.body ?? '' }) }))
    .sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title));
}

/** Published incidents, newest first. */
export function getIncidents(): Promise<IncidentPage[]> {
  incidentsOnce ??= loadIncidents();
  return incidentsOnce;
}

/** Published runbooks, by title. */
export function getRunbooks(): Promise<RunbookPage[]> {
  runbooksOnce ??= loadRunbooks();
  return runbooksOnce;
}

let followUpsOnce: Promise<FollowUp[]> | undefined;

/** Every follow-up of every published incident, grouped and most urgent first; the list pages and the API share it. */
export function getFollowUps(): Promise<FollowUp[]> {
  followUpsOnce ??= getIncidents().then((pages) =>
    followUps(
      pages.map((p) => p.incident),
      getStatusCache(),
      { today: todayUtc(), limits: FOLLOW_UP_LIMITS },
    ),
  );
  return followUpsOnce;
}

// Built once: every incident page asks for its runbooks and every runbook page
// for its incidents, so scanning the lists per page would be quadratic.
let runbooksByIdOnce: Promise<Map<string, RunbookPage>> | undefined;
let incidentsByRunbookOnce: Promise<Map<string, IncidentPage[]>> | undefined;

/** The runbooks an incident names or links to, in the order it names them. */
export async function getRunbooksFor(incident: Incident): Promise<RunbookPage[]> {
  runbooksByIdOnce ??= getRunbooks().then((list) => new Map(list.map((r) => [r.runbook.id, r])));
  const byId = await runbooksByIdOnce;
  const ids = [...new Set(incident.runbookLinks.map((l) => l.id))];
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The incidents that name or link to a runbook, newest first. */
export async function getIncidentsUsing(runbookId: string): Promise<IncidentPage[]> {
  incidentsByRunbookOnce ??= getIncidents().then((list) => {
    const byRunbook = new Map<string, IncidentPage[]>();
    for (const page of list) {
      for (const id of new Set(page.incident.runbookLinks.map((l) => l.id))) {
        const pages = byRunbook.get(id);
        if (pages) pages.push(page);
        else byRunbook.set(id, [page]);
      }
    }
    return byRunbook;
  });
  return (await incidentsByRunbookOnce).get(runbookId) ?? [];
}

function group(
  incidents: IncidentPage[],
  runbooks: RunbookPage[],
  keysOfIncident: (p: IncidentPage) => string[],
  keysOfRunbook: (p: RunbookPage) => string[],
): Grouping[] {
  const groups = new Map<string, Grouping>();
  const slot = (name: string) => {
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, incidents: [], runbooks: [] }));
    return g;
  };
  for (const p of incidents) for (const k of keysOfIncident(p)) slot(k).incidents.push(p);
  for (const p of runbooks) for (const k of keysOfRunbook(p)) slot(k).runbooks.push(p);
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Every service named by an incident or runbook, with what names it. */
export async function getServices(): Promise<Grouping[]> {
  return group(
    await getIncidents(),
    await getRunbooks(),
    (p) => p.incident.data.services,
    (p) => p.runbook.data.services,
  );
}

/** Every tag used by an incident or runbook, with what uses it. */
export async function getTags(): Promise<Grouping[]> {
  return group(
    await getIncidents(),
    await getRunbooks(),
    (p) => p.incident.data.tags,
    (p) => p.runbook.data.tags,
  );
}

/** A page of one grouping's incidents, for the paged service and tag routes. */
export interface GroupingListPage {
  name: string;
  /** The `[...page]` route parameter: none for the first page. */
  pageParam: string | undefined;
  props: { group: Grouping; page: ListPage<IncidentPage> };
}

/** Every page of every grouping's incidents, `LIST_PAGE_SIZE` a page. */
export function groupingListPages(groups: Grouping[]): GroupingListPage[] {
  return groups.flatMap((group) =>
    paginate(group.incidents, LIST_PAGE_SIZE).map((page) => ({
      name: group.name,
      pageParam: pageParam(page.number),
      props: { group, page },
    })),
  );
}
