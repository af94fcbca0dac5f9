import { describe, expect, it } from 'vitest';
import { extractActionItems } from '../../../../src/lib/action-items/extract-action-items.ts';
import { gitHubReferencesIn, parseGitHubUrl } from '../../../../src/lib/action-items/github-reference.ts';
import { outline } from '../../../../src/lib/markdown/outline.ts';

describe('GitHub references', () => {
  it('reads issue and pull request URLs, and the URL decides which it is', () => {
    expect(parseGitHubUrl('https://github.com/jupyter/repo2docker/pull/159')).toMatchObject({
      kind: 'pull',
      key: 'jupyter/repo2docker#159',
    });
    expect(parseGitHubUrl('https://github.com/jupyterhub/mybinder.org-deploy/issues/198#issuecomment-1')).toMatchObject({
      kind: 'issue',
      number: 198,
    });
    expect(parseGitHubUrl('https://example.com/a/b/issues/1')).toBeUndefined();
  });

  it('trusts the URL when the link text says "issue" but the URL is a pull request', () => {
    const refs = gitHubReferencesIn('[issue 159](https://github.com/jupyter/repo2docker/pull/159)');
    expect(refs).toEqual([expect.objectContaining({ kind: 'pull', number: 159 })]);
  });

  it('reads owner/repo#123 short references, once each', () => {
    const refs = gitHubReferencesIn(
      'see jupyterhub/binderhub#526 and again jupyterhub/binderhub#526, and https://github.com/a/b/issues/2',
    );
    expect(refs.map((r) => r.key)).toEqual(['a/b#2', 'jupyterhub/binderhub#526']);
  });
});

describe('extractActionItems', () => {
  it('reads the seed shape: areas as sub-headings, items as paragraphs and numbered lists', () => {
    const body = [
      '# Action items',
      '',
      '## Repo2docker',
      'Limit memory available to build pods. (https://github.com/jupyter/repo2docker/pull/159)',
      '',
      '## Process',
      '1. Nominate one driver.',
      '2. Alert on 4xx responses.',
      '',
      '# Logs',
      '* https://example.com/log',
    ].join('\n');
    const items = extractActionItems(outline(body));
    expect(items.map((i) => [i.area, i.title])).toEqual([
      ['Repo2docker', 'Limit memory available to build pods.'],
      ['Process', 'Nominate one driver.'],
      ['Process', 'Alert on 4xx responses.'],
    ]);
    expect(items[0]?.github[0]?.url).toBe('https://github.com/jupyter/repo2docker/pull/159');
    expect(items[0]?.line).toBe(4);
    expect(items[2]?.line).toBe(8);
  });

  it('skips introductory prose before the first area', () => {
    const body = '## Action items\n\nEvery item needs an issue.\n\n### Tech\n\n- Fix it (org/repo#1)\n';
    const items = extractActionItems(outline(body));
    expect(items).toHaveLength(1);
    expect(items[0]?.title).toBe('Fix it');
  });

  it('returns nothing when there is no Action items section', () => {
    expect(extractActionItems(outline('## Summary\n\ntext\n'))).toEqual([]);
  });
});

describe('reference-style links', () => {
  it('resolves [issue][label] against the definitions elsewhere in the report', () => {
    const body =
      '## Action items\n\n### Process\n\n1. Alert sooner ([issue][alerting-issue])\n\n[alerting-issue]: https://github.com/jupyterhub/mybinder.org-deploy/issues/611\n';
    const [item] = extractActionItems(outline(body));
    expect(item?.github.map((g) => g.key)).toEqual(['jupyterhub/mybinder.org-deploy#611']);
    expect(item?.links).toEqual(['https://github.com/jupyterhub/mybinder.org-deploy/issues/611']);
  });
});
