/**
 * Validates all content together: each file on its own, then what only shows
 * across files (duplicate ids, links to runbooks or steps that do not exist).
 */
import type { Incident } from '../incidents/incident-model.ts';
import type { SafetyRules } from '../mdx-safety/safety-rules.ts';
import { incidentLinksIn } from '../incidents/incident-links.ts';
import { compareProblems, type Problem } from '../problem.ts';
import { alertIndex } from '../runbooks/alert-index.ts';
import type { Runbook } from '../runbooks/build-runbook.ts';
import { diffManifest, type LinkManifest } from '../runbooks/link-manifest.ts';
import { todayUtc } from '../runbooks/review-status.ts';
import { idFromPath, type SourceFile } from './content-file.ts';
import { checkIncidentSource, checkRunbookSource } from './check-file.ts';

/** The outcome of checking every content file. */
export interface CollectionCheck {
  incidents: Incident[];
  runbooks: Runbook[];
  /** Sorted by file, line and column. */
  problems: Problem[];
}

function duplicateIds(files: SourceFile[], kind: SourceFile['kind']): Problem[] {
  const byId = new Map<string, string[]>();
  for (const file of files.filter((f) => f.kind === kind)) {
    const id = idFromPath(file.path);
    byId.set(id, [...(byId.get(id) ?? []), file.path]);
  }
  const problems: Problem[] = [];
  for (const [id, paths] of byId) {
    if (paths.length < 2) continue;
    for (const path of paths) {
      const others = paths.filter((p) => p !== path).join(', ');
      problems.push({ file: path, line: 1, field: 'id', severity: 'error', message: `duplicate ${kind.slice(0, -1)} id "${id}": ${others} has the same file name` });
    }
  }
  return problems;
}

/** Where the link manifest is, and what it says, when the site keeps one. */
export interface ManifestInput {
  path: string;
  manifest: LinkManifest;
}

/**
 * Checks every file and the links between them; `rules` say what MDX may
 * import and embed; `today` dates review warnings; `links` is the manifest of
 * published runbook links that must keep working.
 */
export function checkCollection(files: SourceFile[], rules?: SafetyRules, today: string = todayUtc(), links?: ManifestInput): CollectionCheck {
  const problems: Problem[] = [...duplicateIds(files, 'incidents'), ...duplicateIds(files, 'runbooks')];
  const incidents: { incident: Incident; file: string }[] = [];
  const runbooks: Runbook[] = [];
  const runbookFiles = new Map<string, string>();

  for (const file of files) {
    if (file.kind === 'incidents') {
      const checked = checkIncidentSource(file.path, file.source, rules);
      problems.push(...checked.issues.map((i) => ({ ...i, file: file.path })));
      if (checked.incident) incidents.push({ incident: checked.incident, file: file.path });
    } else {
      const checked = checkRunbookSource(file.path, file.source, rules, today);
      problems.push(...checked.issues.map((i) => ({ ...i, file: file.path })));
      if (checked.runbook) {
        runbooks.push(checked.runbook);
        runbookFiles.set(checked.runbook.id, file.path);
      }
    }
  }

  const runbookById = new Map(runbooks.map((r) => [r.id, r]));
  for (const conflict of alertIndex(runbooks).conflicts) {
    for (const id of conflict.runbookIds) {
      problems.push({
        file: runbookFiles.get(id) ?? id,
        line: runbookById.get(id)?.alertsLine ?? 1,
        field: 'alerts',
        severity: 'error',
        message: `alert "${conflict.alert}" is listed by ${conflict.runbookIds.length} runbooks (${conflict.runbookIds.join(', ')}); /alerts/${conflict.alert}/ can lead to only one`,
      });
    }
  }

  for (const { incident, file } of incidents) {
    for (const link of incident.runbookLinks) {
      const runbook = runbookById.get(link.id);
      if (!runbook) {
        problems.push({ file, line: link.line, field: 'runbooks', severity: 'error', message: `no runbook has the id "${link.id}" (runbook ids are file names without .md)` });
      } else if (link.anchor && !runbook.anchors.includes(link.anchor)) {
        problems.push({
          file,
          line: link.line,
          field: 'runbooks',
          severity: 'error',
          message: `runbook "${link.id}" has no step "#${link.anchor}"; its steps are ${runbook.steps.map((s) => `#${s.anchor}`).join(', ') || 'none'}`,
        });
      }
    }
  }
  problems.push(...incidentLinkProblems(files, incidents));
  if (links) problems.push(...manifestProblems(links, runbooks, runbookFiles));
  return { incidents: incidents.map((i) => i.incident), runbooks, problems: problems.sort(compareProblems) };
}

/** Links in any file to an incident page that will not be there: no such report, or a draft. */
function incidentLinkProblems(files: readonly SourceFile[], incidents: readonly { incident: Incident }[]): Problem[] {
  const status = new Map(incidents.map(({ incident }) => [incident.id, incident.data.status]));
  // A report with errors of its own has no model; a link to it is not the problem to report.
  const reportIds = new Set(files.filter((f) => f.kind === 'incidents').map((f) => idFromPath(f.path)));
  const problems: Problem[] = [];
  for (const file of files) {
    for (const link of incidentLinksIn(file.source)) {
      const state = status.get(link.id);
      if (state === 'published' || (state === undefined && reportIds.has(link.id))) continue;
      problems.push({
        file: file.path,
        line: link.line,
        field: 'links',
        severity: 'error',
        message:
          state === undefined
            ? `no incident has the id "${link.id}" (incident ids are file names without .md), so /incidents/${link.id}/ would be a broken link`
            : `incident "${link.id}" is a draft and has no page yet, so /incidents/${link.id}/ would be a broken link`,
      });
    }
  }
  return problems;
}

function manifestProblems(links: ManifestInput, runbooks: Runbook[], files: Map<string, string>): Problem[] {
  const diff = diffManifest(links.manifest, runbooks);
  const update = 'then run npm run links:update and commit data/link-manifest.json';
  return [
    ...diff.missingRunbooks.map((id) => ({
      file: links.path,
      line: 1,
      field: 'aliases',
      severity: 'error' as const,
      message: `/runbooks/${id}/ was published and is gone: links to it in chat, tickets and alerts would break; add "${id}" to the aliases of the runbook that replaces it`,
    })),
    ...diff.missingAnchors.map(({ runbookId, anchor }) => ({
      file: files.get(runbookId) ?? links.path,
      line: 1,
      field: 'anchor_aliases',
      severity: 'error' as const,
      message: `step anchor #${anchor} was published and is gone; add it to anchor_aliases with the step it became (anchor_aliases: { ${anchor}: <new-anchor> })`,
    })),
    ...diff.brokenAnchorAliases.map(({ runbookId, from, to }) => ({
      file: files.get(runbookId) ?? links.path,
      line: 1,
      field: 'anchor_aliases',
      severity: 'error' as const,
      message: `anchor_aliases sends #${from} to #${to}, which is not a heading of this runbook`,
    })),
    ...diff.unrecorded.map(({ runbookId, anchors }) => ({
      file: files.get(runbookId) ?? links.path,
      line: 1,
      severity: 'warning' as const,
      message: `not yet in the link manifest: ${anchors.length > 0 ? anchors.map((a) => `#${a}`).join(', ') : 'the runbook'}; once published, its links are kept working: ${update}`,
    })),
  ];
}
