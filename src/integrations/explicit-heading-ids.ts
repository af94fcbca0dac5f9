/**
 * A Sätteri plugin that gives a heading written `### Cordon the node [#cordon]`
 * the id `cordon` and drops the marker from the text, in .md and .mdx alike.
 */
import type { MdastPluginEntry } from 'satteri';
import { mayHaveExplicitId, splitExplicitId } from '../lib/markdown/explicit-id.ts';

/**
 * The plugin entry for `satteri({ mdastPlugins: [...] })`. A document with no
 * marker anywhere is skipped: visiting every heading of 10,000 reports took
 * half a second of a build's content sync.
 */
export const explicitHeadingIds: MdastPluginEntry = (ctx) =>
  !mayHaveExplicitId(ctx.source)
    ? null
    : {
        name: 'hindsight-explicit-heading-ids',
        heading(node, visit) {
          const last = node.children.at(-1);
          if (last?.type !== 'text') return;
          const { text, id } = splitExplicitId(last.value);
          if (!id) return;
          visit.setProperty(last, 'value', text);
          visit.setProperty(node, 'data', { ...(node.data ?? {}), hProperties: { id } });
        },
      };
