import { readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../../src/lib/markdown/parse-markdown.ts';
import { SHARED_DIR, SKIP_REASON } from '../../../corpus/shared-corpus.ts';

/** A tree with what the checker reads: types, fields and every position, `data` left out. */
function comparable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(comparable);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node).sort(([a], [b]) => a.localeCompare(b))) {
    if (key === 'data' || value === undefined || value === null) continue;
    out[key] = comparable(value);
  }
  return out;
}

const body = (source: string) => source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');

describe('parseMarkdown gives the tree mdast-util-from-markdown gives', () => {
  const samples: Record<string, string> = {
    'headings, a fence with a # comment, nested lists':
      '## Timeline\n\n### 16:22 PST [started]\n\n```bash\n# not a heading\nkubectl get pods\n```\n\n- one\n  - two\n\n## Action items ##\n',
    'CRLF line endings': '## Timeline\r\n\r\n### 16:22\r\n\r\nText\r\nmore text\r\n',
    'text outside the Basic Multilingual Plane, so offsets count UTF-16 units':
      '# Über 🚀 Résumé\n\nZürich 👩‍💻 then [a link](https://example.org/ä) and `code`.\n',
    'raw HTML, autolinks, references, emphasis':
      '<details><summary>x</summary>\n\nHidden\n\n</details>\n\n<https://github.com/jupyterhub/binderhub/pull/2>\n\n[ref]: https://example.org "t"\n\n*a* **b** [x][ref]\n',
    'a table and a bare URL stay a paragraph, as in CommonMark': '| a | b |\n|---|---|\n| 1 | 2 |\n\nsee https://example.org\n',
  };
  for (const [name, source] of Object.entries(samples)) {
    it(name, () => {
      expect(comparable(parseMarkdown(source))).toEqual(comparable(fromMarkdown(source)));
    });
  }

  it('on every bundled example report and runbook', async () => {
    const paths = await glob(['content/**/*.md', 'tests/fixtures/**/*.md']);
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) {
      const source = body(readFileSync(path, 'utf8'));
      expect(comparable(parseMarkdown(source)), path).toEqual(comparable(fromMarkdown(source)));
    }
  });

  it.skipIf(!SHARED_DIR)(
    `on every public report and runbook in ../shared/corpus${SHARED_DIR ? '' : ` (${SKIP_REASON})`}`,
    async () => {
      const paths = await glob('corpus/**/*.md', { cwd: SHARED_DIR, absolute: true });
      expect(paths.length).toBeGreaterThan(20);
      for (const path of paths) {
        const source = body(readFileSync(path, 'utf8'));
        expect(comparable(parseMarkdown(source)), path).toEqual(comparable(fromMarkdown(source)));
      }
    },
  );
});
