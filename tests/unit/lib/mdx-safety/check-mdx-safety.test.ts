import { describe, expect, it } from 'vitest';
import { checkContentSafety } from '../../../../src/lib/mdx-safety/check-mdx-safety.ts';

const rules = { allowedImports: ['src/components/content/Callout.astro'], allowedEmbedHosts: ['player.vimeo.com'] };
const file = 'content/incidents/2024/2024-01-01-x.mdx';
const mdx = (body: string, lineOffset = 0) => checkContentSafety(body, { file, format: 'mdx', lineOffset, rules });
const md = (body: string) => checkContentSafety(body, { file: file.replace('.mdx', '.md'), format: 'md', lineOffset: 0, rules });

describe('MDX safety: what is refused', () => {
  it.each([
    ['an environment variable', 'Token: {process.env.GITHUB_TOKEN}'],
    ['a function call', '{require("child_process").execSync("id")}'],
    ['an immediately invoked function', '{(() => fetch("https://evil.example"))()}'],
    ['a template with a substitution', '{`${process.env.HOME}`}'],
    ['a global', '{globalThis}'],
    ['an await', '{await import("node:fs")}'],
  ])('refuses %s in an expression', (_, body) => {
    const issues = mdx(`# Title\n\n${body}\n`);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3, field: 'mdx', severity: 'error' });
    expect(issues[0]?.message).toMatch(/only literal values/);
  });

  it.each([
    ['an export', 'export const x = process.env.SECRET'],
    ['an export default', 'export default function Layout() { return null }'],
    ['an import of a Node module', 'import fs from "node:fs"'],
    ['an import of a package', 'import { execSync } from "child_process"'],
    ['an import of a project file that is not a content component', 'import config from "../../../astro.config.mjs"'],
  ])('refuses %s', (_, statement) => {
    const issues = mdx(`${statement}\n\n# Title\n`);
    expect(issues.length).toBeGreaterThanOrEqual(1);
    expect(issues[0]?.line).toBe(1);
  });

  it('refuses <script>, and names it', () => {
    expect(mdx('<script>alert(1)</script>\n')[0]?.message).toContain('<script>');
    expect(md('<script>alert(1)</script>\n')[0]?.message).toContain('<script>');
  });

  it('refuses inline event handlers in MDX and in raw HTML', () => {
    expect(mdx('<img src="x.png" onError="alert(1)" />\n')[0]?.message).toContain('onError');
    expect(md('<img src="x.png" onerror="alert(1)">\n')[0]?.message).toContain('onerror');
  });

  it('refuses javascript: URLs in links, HTML and JSX', () => {
    expect(md('[click](javascript:alert(1))\n')).toHaveLength(1);
    expect(md('<a href="javascript:alert(1)">x</a>\n')).toHaveLength(1);
    expect(mdx('<a href="JavaScript:alert(1)">x</a>\n')).toHaveLength(1);
  });

  it('refuses an attribute expression or spread that is not a literal', () => {
    expect(mdx('<a href={process.env.URL}>x</a>\n')[0]?.message).toMatch(/literal values/);
    expect(mdx('<Callout {...props}>x</Callout>\n')[0]?.message).toMatch(/spread/);
  });

  it('refuses an iframe from a host that is not on the allowlist, and one over http', () => {
    expect(mdx('<iframe src="https://evil.example/x"></iframe>\n')[0]?.message).toMatch(/evil\.example.*player\.vimeo\.com/);
    expect(md('<iframe src="http://player.vimeo.com/video/1"></iframe>\n')).toHaveLength(1);
    expect(md('<object data="https://evil.example/x.swf"></object>\n')).toHaveLength(1);
  });

  it('reports MDX that does not parse, with its place', () => {
    const issues = mdx('# Title\n\n{unclosed\n');
    expect(issues[0]?.message).toMatch(/does not parse/);
  });

  it('reports a component used without an import, which would stop the build mid-way', () => {
    const issues = mdx('Intro\n\n<Callout type="warning">x</Callout>\n\nand <ui.Badge /> inline\n');
    expect(issues.map((i) => [i.line, i.message.split(':')[0]])).toEqual([
      [3, '<Callout> is not imported'],
      [5, '<ui.Badge> is not imported'],
    ]);
  });

  it('reports a component imported by a name it does not export', () => {
    const issues = mdx('import { Callout } from "~/components/content/Callout.astro"\n\n<Callout>x</Callout>\n');
    expect(issues.map((i) => i.message)).toEqual([
      'import the component as a whole: import Callout from "~/components/content/Callout.astro"',
    ]);
    expect(mdx('import * as C from "~/components/content/Callout.astro"\n')).toHaveLength(1);
  });

  it('points at file lines, counting the frontmatter', () => {
    expect(mdx('\n{process.env.X}\n', 6)[0]?.line).toBe(8);
  });
});

describe('MDX safety: what is allowed', () => {
  it('allows literal values and comments', () => {
    expect(mdx('Costs {42} and says {"hi"} and {`plain`} {-1} {/* a comment */} {}\n')).toEqual([]);
  });

  it('allows the content components on the allowlist, by relative path or alias', () => {
    expect(
      mdx('import Callout from "../../../src/components/content/Callout.astro"\n\n<Callout type="warning">x</Callout>\n'),
    ).toEqual([]);
    expect(mdx('import Callout from "~/components/content/Callout.astro"\n')).toEqual([]);
    // Imported after its use still counts: an MDX file's imports hold for all of it.
    expect(mdx('<Callout>x</Callout>\n\nimport Callout from "~/components/content/Callout.astro"\n')).toEqual([]);
  });

  it('allows HTML elements and the Fragment Astro gives every MDX file', () => {
    expect(mdx('<div>\n\nText\n\n</div>\n\n<Fragment>x</Fragment>\n')).toEqual([]);
  });

  it('allows an iframe from an allowlisted host over https', () => {
    expect(mdx('<iframe src="https://player.vimeo.com/video/1" title="demo"></iframe>\n')).toEqual([]);
  });

  it('allows ordinary Markdown, links and code that mentions scripts', () => {
    expect(
      md('See [docs](https://example.com).\n\n```html\n<script>alert(1)</script>\n```\n\nUse `onclick=` carefully.\n'),
    ).toEqual([]);
  });
});

describe('MDX safety: script URLs in plain Markdown without any HTML', () => {
  it.each(['[x](vbscript:msgbox)', '[x](data:text/html;base64,PHNjcmlwdD4=)', '[x](JAVASCRIPT:alert(1))'])(
    'refuses %s',
    (body) => {
      expect(md(`${body}\n`)).toHaveLength(1);
    },
  );
});
