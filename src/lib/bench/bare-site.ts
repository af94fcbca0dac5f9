/**
 * The files of a bare Astro 7 site, the baseline `npm run bench` measures
 * Hindsight against: the same content folder, glob loaders, the same Markdown
 * processor (Sätteri, with the same code themes) and MDX integration, and a
 * page per entry that renders its body and nothing else. No schema, no
 * checker, no timelines, indexes, feeds or search: what Astro alone costs.
 */

/** A file of the bare site, path relative to its root. */
export interface BareSiteFile {
  path: string;
  text: string;
}

const page = (collection: string) => `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('${collection}');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{String(entry.data.title)}</title></head>
  <body><main><Content /></main></body>
</html>
`;

/** The bare site's files for a content folder (absolute path) and an output folder. */
export function bareSiteFiles(contentDir: string, outDir: string): BareSiteFile[] {
  return [
    {
      path: 'astro.config.mjs',
      text: `import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: ${JSON.stringify(outDir)},
  // Its own cache, never Hindsight's in the shared node_modules/.astro.
  cacheDir: './.cache',
  integrations: [mdx()],
  markdown: {
    processor: satteri(),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
});
`,
    },
    {
      path: 'src/content.config.ts',
      text: `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const byFileName = ({ entry }: { entry: string }) => entry.split('/').pop()!.replace(/\\.mdx?$/, '');
const base = ${JSON.stringify(contentDir)};

export const collections = {
  incidents: defineCollection({ loader: glob({ pattern: 'incidents/**/*.{md,mdx}', base, generateId: byFileName }) }),
  runbooks: defineCollection({ loader: glob({ pattern: 'runbooks/**/*.{md,mdx}', base, generateId: byFileName }) }),
};
`,
    },
    { path: 'src/pages/incidents/[id].astro', text: page('incidents') },
    { path: 'src/pages/runbooks/[id].astro', text: page('runbooks') },
    { path: 'package.json', text: '{ "name": "hindsight-bench-bare-site", "private": true, "type": "module" }\n' },
  ];
}
