/**
 * A Sätteri plugin that renders zoned times in an incident's prose as
 * `<time datetime>` with the time converted to the incident's zone and UTC,
 * so no reader converts "0:59 CET" by hand. The same functions place the time
 * as the checker's consistency warnings do.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { readIncidentSource } from '../lib/content/check-file.ts';
import type { Incident } from '../lib/incidents/incident-model.ts';
import { findProseTimes, mayHaveProseTimes } from '../lib/written-times/find-prose-times.ts';
import { proseTimeHtml } from '../lib/written-times/prose-time-html.ts';
import { incidentSpan, placeProseTime } from '../lib/written-times/place-prose-time.ts';

function incidentFor(fileURL: URL, source: string): Incident | undefined {
  const path = fileURLToPath(fileURL);
  // Content collections hand the processor the body alone; the zone is in the frontmatter.
  const full = source.startsWith('---') ? source : readFileSync(path, 'utf8');
  // Only the model is needed here; the checker has already reported any problem.
  return readIncidentSource(path, full);
}

/** The plugin entry for `satteri({ mdastPlugins: [...] })`; documents other than incidents pass through untouched. */
export const proseTimesPlugin: MdastPluginEntry = (ctx) => {
  const fileURL = ctx.fileURL;
  if (!fileURL || !/\/incidents\//.test(fileURL.pathname)) return null;
  // Most reports have no zoned time in their prose: skip them before building a model or visiting a node.
  if (!mayHaveProseTimes(ctx.source)) return null;
  let incident: Incident | undefined;
  try {
    incident = incidentFor(fileURL, ctx.source);
  } catch {
    // A report that does not read is reported by the content check; render it as written.
    return null;
  }
  if (!incident) return null;
  const model = incident;
  const span = incidentSpan(
    model.milestones,
    model.timeline.flatMap((e) => (e.at ? [e.at] : [])),
  );
  return {
    name: 'hindsight-prose-times',
    text(node, visit) {
      const parent = visit.parent(node);
      if (!parent || parent.type === 'heading' || parent.type === 'link') return;
      const times = findProseTimes(node.value);
      if (times.length === 0) return;
      const parts: ({ type: 'text'; value: string } | { raw: string; mdxExpressions: false })[] = [];
      let at = 0;
      for (const time of times) {
        const placed = placeProseTime(time, { date: model.data.date, zone: model.zone, span });
        if (!placed.ok) continue;
        if (time.index > at) parts.push({ type: 'text', value: node.value.slice(at, time.index) });
        parts.push({ raw: proseTimeHtml(time.text, placed.instant, model.zone), mdxExpressions: false });
        at = time.index + time.text.length;
      }
      if (parts.length === 0) return;
      if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
      visit.replaceNode(node, parts);
    },
  };
};
