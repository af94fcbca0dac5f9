/**
 * A Sätteri plugin that gives a heading written `### Cordon the node [#cordon]`
 * the id `cordon` and drops the marker from the text, in .md and .mdx alike.
 */
import type { MdastPluginEntry } from 'satteri';
import { splitExplicitId } from '../lib/markdown/explicit-id.ts';

/** The plugin entry for `satteri({ mdastPlugins: [...] })`. */
export const explicitHeadingIds: MdastPluginEntry = {
  name: 'hindsight-explicit-heading-ids',
  heading(node, ctx) {
    const last = node.children.at(-1);
    if (last?.type !== 'text') return;
    const { text, id } = splitExplicitId(last.value);
    if (!id) return;
    ctx.setProperty(last, 'value', text);
    ctx.setProperty(node, 'data', { ...(node.data ?? {}), hProperties: { id } });
  },
};
