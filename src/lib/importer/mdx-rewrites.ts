/**
 * Rewrites the Markdown that MDX refuses but plain reports often contain,
 * leaving code alone: HTML comments, `<https://…>` autolinks, bare `{` and
 * `}`, and unclosed `<br>`.
 */

/** Splits Markdown into fenced code blocks (kept as written) and the prose between them. */
function segments(markdown: string): { code: boolean; text: string }[] {
  const parts: { code: boolean; text: string }[] = [];
  let fence: string | undefined;
  let current: string[] = [];
  const flush = (code: boolean) => {
    if (current.length > 0) parts.push({ code, text: current.join('\n') });
    current = [];
  };
  for (const line of markdown.split('\n')) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (!fence && marker) {
      flush(false);
      fence = marker;
      current.push(line);
    } else if (fence && marker && marker[0] === fence[0] && marker.length >= fence.length) {
      current.push(line);
      flush(true);
      fence = undefined;
    } else {
      current.push(line);
    }
  }
  flush(fence !== undefined);
  return parts;
}

/** Applies the rewrites outside code; says what changed. */
export function rewriteForMdx(markdown: string): { text: string; changes: string[] } {
  const changes = new Set<string>();
  const note = (change: string) => changes.add(change);
  const rewritten = segments(markdown).map(({ code, text }) => {
    if (code) return text;
    // Inline code spans keep their braces; everything else is prose.
    const escaped = text
      .split(/(`+[^`\n]*`+)/)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part.replace(/[{}]/g, (brace) => {
              note('bare { and } were escaped');
              return `\\${brace}`;
            }),
      )
      .join('');
    return escaped
      .replace(/<!--([\s\S]*?)-->/g, (_, body: string) => {
        note('HTML comments became MDX comments');
        return `{/*${body.replace(/\*\//g, '* /')}*/}`;
      })
      .replace(/<(https?:\/\/[^>\s]+)>/g, (_, url: string) => {
        note('<https://…> autolinks became links');
        return `[${url}](${url})`;
      })
      .replace(/<br\s*\/?>/gi, (tag) => {
        if (tag.endsWith('/>')) return tag;
        note('<br> became <br />');
        return '<br />';
      });
  });
  return { text: rewritten.join('\n'), changes: [...changes] };
}
