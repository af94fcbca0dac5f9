/**
 * Link permanence. The manifest in data/ lists every runbook and step anchor
 * ever published; a runbook or anchor that disappears without saying where it
 * went (aliases, anchor_aliases) breaks links in chat logs, tickets and
 * alerts, so the check fails on it.
 */
import type { Runbook } from './build-runbook.ts';

/** Every published runbook id with its step and section anchors. */
export interface LinkManifest {
  runbooks: Record<string, string[]>;
}

/** What the check reports about the manifest. */
export interface ManifestDiff {
  /** Published runbooks that no longer exist and that no runbook lists in `aliases`. */
  missingRunbooks: string[];
  /** Published anchors that no longer exist and are not in `anchor_aliases`. */
  missingAnchors: { runbookId: string; anchor: string }[];
  /** anchor_aliases that point at an anchor that does not exist. */
  brokenAnchorAliases: { runbookId: string; from: string; to: string }[];
  /** Runbooks or anchors published now but not yet recorded. */
  unrecorded: { runbookId: string; anchors: string[] }[];
}

/** Where a published runbook id now lives: itself, or the runbook that lists it as an alias. */
export function resolveRunbookId(id: string, runbooks: readonly Runbook[]): Runbook | undefined {
  return runbooks.find((r) => r.id === id) ?? runbooks.find((r) => r.data.aliases.includes(id));
}

/** Compares the manifest with the runbooks as they are now. */
export function diffManifest(manifest: LinkManifest, runbooks: readonly Runbook[]): ManifestDiff {
  const diff: ManifestDiff = { missingRunbooks: [], missingAnchors: [], brokenAnchorAliases: [], unrecorded: [] };
  for (const [id, anchors] of Object.entries(manifest.runbooks)) {
    const runbook = resolveRunbookId(id, runbooks);
    if (!runbook) {
      diff.missingRunbooks.push(id);
      continue;
    }
    for (const anchor of anchors) {
      if (runbook.anchors.includes(anchor)) continue;
      if (runbook.data.anchor_aliases[anchor] === undefined) diff.missingAnchors.push({ runbookId: runbook.id, anchor });
    }
  }
  for (const runbook of runbooks) {
    for (const [from, to] of Object.entries(runbook.data.anchor_aliases)) {
      if (!runbook.anchors.includes(to)) diff.brokenAnchorAliases.push({ runbookId: runbook.id, from, to });
    }
    const recorded = manifest.runbooks[runbook.id];
    const fresh = runbook.anchors.filter((a) => !recorded?.includes(a));
    if (!recorded || fresh.length > 0) diff.unrecorded.push({ runbookId: runbook.id, anchors: fresh });
  }
  return diff;
}

/** The manifest with everything published now added; nothing is ever removed. */
export function updateManifest(manifest: LinkManifest, runbooks: readonly Runbook[]): LinkManifest {
  const next: Record<string, string[]> = {};
  for (const [id, anchors] of Object.entries(manifest.runbooks)) next[id] = [...anchors];
  for (const runbook of runbooks) next[runbook.id] = [...new Set([...(next[runbook.id] ?? []), ...runbook.anchors])];
  const sorted = Object.fromEntries(
    Object.keys(next)
      .sort()
      .map((id) => [id, [...(next[id] ?? [])].sort()]),
  );
  return { runbooks: sorted };
}
