/**
 * The lines of a Markdown text that are not inside fenced code, for scans by
 * line (images, links) that must not take an example in a code block for the
 * real thing.
 */

/** Each line outside fenced code, with its 1-based number; fence lines themselves are left out. */
export function linesOutsideCode(text: string): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  let fence: string | undefined;
  text.split('\n').forEach((line, index) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? undefined : marker;
      return;
    }
    if (!fence) lines.push({ text: line, line: index + 1 });
  });
  return lines;
}
