import { describe, expect, it } from 'vitest';
import { checkRunbookSource } from '../../../../src/lib/content/check-file.ts';
import { mayHaveExplicitId, splitExplicitId } from '../../../../src/lib/markdown/explicit-id.ts';
import { resolveFragment } from '../../../../src/lib/runbooks/resolve-fragment.ts';
import { parseTimelineHeading } from '../../../../src/lib/timeline/parse-heading.ts';

describe('step anchors', () => {
  it('are the heading slug by default, with no position number', () => {
    const rb = checkRunbookSource(
      'r/x.md',
      '---\ntitle: x\n---\n\n## Mitigation\n\n### Cordon the node\n\n### Delete the pod\n',
    ).runbook;
    expect(rb?.steps.map((s) => s.anchor)).toEqual(['cordon-the-node', 'delete-the-pod']);
  });

  it('take an explicit id written [#id], the same in .md and .mdx', () => {
    expect(splitExplicitId('Cordon the node [#cordon]')).toEqual({ text: 'Cordon the node', id: 'cordon' });
    expect(splitExplicitId('Cordon the node')).toEqual({ text: 'Cordon the node' });
    for (const file of ['r/x.md', 'r/x.mdx']) {
      const rb = checkRunbookSource(
        file,
        '---\ntitle: x\n---\n\n## Mitigation\n\n### Cordon the node [#cordon]\n\n### Cordon the node\n',
      ).runbook;
      expect(rb?.steps).toEqual([
        expect.objectContaining({ title: 'Cordon the node', anchor: 'cordon' }),
        expect.objectContaining({ title: 'Cordon the node', anchor: 'cordon-the-node' }),
      ]);
    }
  });

  it('may be given to a timeline entry without being read as a milestone', () => {
    const parsed = parseTimelineHeading('17:18 [mitigated] [#cordon-decision]');
    expect(parsed.ok && parsed.value.milestones).toEqual(['mitigated']);
  });
});

describe('resolveFragment', () => {
  const steps = ['find-the-node', 'cordon-the-node', 'delete-the-pod'];

  it('lands #step-2 on the second step', () => {
    expect(resolveFragment('step-2', steps, {})).toBe('cordon-the-node');
    expect(resolveFragment('step-9', steps, {})).toBeUndefined();
  });

  it('follows anchor_aliases from an old fragment', () => {
    expect(resolveFragment('cordon', steps, { cordon: 'cordon-the-node' })).toBe('cordon-the-node');
  });

  it('leaves unknown fragments alone', () => {
    expect(resolveFragment('nothing', steps, {})).toBeUndefined();
  });
});

describe('mayHaveExplicitId', () => {
  it('is true for every heading that has an explicit id, so no id is ever skipped', () => {
    const headings = ['Cordon the node [#cordon]', 'Step 2 [#step-2]  ', 'x [#A_b-9]', 'Ünïcode [#u1]'];
    for (const heading of headings) {
      expect(splitExplicitId(heading).id).toBeDefined();
      expect(mayHaveExplicitId(`# Title\n\n### ${heading}\n\ntext`)).toBe(true);
    }
  });

  it('is false for a document without one, links and footnotes included', () => {
    expect(mayHaveExplicitId('## Timeline\n\n### 16:22 PST\n\nSee [the PR](https://x/y#1) and [^1].\n')).toBe(false);
  });
});
