import { describe, expect, it } from 'vitest';
import { checkCollection } from '../../../../src/lib/content/check-collection.ts';
import { checkRunbookSource } from '../../../../src/lib/content/check-file.ts';
import type { Runbook } from '../../../../src/lib/runbooks/build-runbook.ts';
import { diffManifest, resolveRunbookId, updateManifest } from '../../../../src/lib/runbooks/link-manifest.ts';

const runbook = (id: string, frontmatter = '', steps = ['Cordon the node', 'Delete the pod']) =>
  checkRunbookSource(
    `content/runbooks/k/${id}.md`,
    `---\ntitle: ${id}\n${frontmatter}\n---\n\n## Mitigation\n\n${steps.map((s) => `### ${s}\n\ntext\n`).join('\n')}`,
  ).runbook as Runbook;

const manifest = { runbooks: { cordon: ['mitigation', 'cordon-the-node', 'delete-the-pod'] } };

describe('link manifest', () => {
  it('is satisfied when every published runbook and anchor is still there', () => {
    const diff = diffManifest(manifest, [runbook('cordon')]);
    expect(diff).toMatchObject({ missingRunbooks: [], missingAnchors: [], brokenAnchorAliases: [] });
  });

  it('reports a renamed step unless anchor_aliases says where it went', () => {
    const renamed = runbook('cordon', '', ['Cordon the node', 'Delete the proxy pod']);
    expect(diffManifest(manifest, [renamed]).missingAnchors).toEqual([{ runbookId: 'cordon', anchor: 'delete-the-pod' }]);
    const aliased = runbook('cordon', 'anchor_aliases:\n  delete-the-pod: delete-the-proxy-pod', [
      'Cordon the node',
      'Delete the proxy pod',
    ]);
    expect(diffManifest(manifest, [aliased]).missingAnchors).toEqual([]);
  });

  it('reports a renamed runbook unless the new one lists the old id in aliases', () => {
    expect(diffManifest(manifest, [runbook('cordon-a-node')]).missingRunbooks).toEqual(['cordon']);
    const moved = runbook('cordon-a-node', 'aliases: [/runbooks/cordon/]');
    expect(resolveRunbookId('cordon', [moved])?.id).toBe('cordon-a-node');
    expect(diffManifest(manifest, [moved]).missingRunbooks).toEqual([]);
  });

  it('reports an anchor alias that points nowhere', () => {
    const broken = runbook('cordon', 'anchor_aliases:\n  old: nowhere');
    expect(diffManifest(manifest, [broken]).brokenAnchorAliases).toEqual([{ runbookId: 'cordon', from: 'old', to: 'nowhere' }]);
  });

  it('lists what is published but not yet recorded', () => {
    expect(diffManifest(manifest, [runbook('cordon', '', ['Cordon the node', 'Delete the pod', 'Uncordon'])]).unrecorded).toEqual(
      [{ runbookId: 'cordon', anchors: ['uncordon'] }],
    );
  });

  it('only ever adds when updated', () => {
    const next = updateManifest(manifest, [runbook('cordon', '', ['Cordon the node', 'Uncordon'])]);
    expect(next.runbooks['cordon']).toEqual(['cordon-the-node', 'delete-the-pod', 'mitigation', 'uncordon']);
  });

  it('makes the check fail, naming the fix, when a published step disappears', () => {
    const result = checkCollection(
      [
        {
          path: 'content/runbooks/k/cordon.md',
          kind: 'runbooks',
          source: '---\ntitle: cordon\n---\n\n## Mitigation\n\n### Cordon the node\n\nx\n',
        },
      ],
      undefined,
      '2026-11-24',
      { path: 'data/link-manifest.json', manifest },
    );
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ file: 'content/runbooks/k/cordon.md', field: 'anchor_aliases' })]);
    expect(errors[0]?.message).toMatch(/#delete-the-pod was published and is gone; add it to anchor_aliases/);
  });
});
