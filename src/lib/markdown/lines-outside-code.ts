/**
 * The lines of a Markdown text that are not inside fenced code, for scans by
 * line (images, links) that must not take an example in a code block for the
 * real thing; and the fence left open, which turns the rest of a file into code.
 */

const OPENING_FENCE = /^\s{0,3}(`{3,}|~{3,})/;
// A closing fence is the marker alone: "```js" inside a block is code, not its end.
const CLOSING_FENCE = /^\s{0,3}(`{3,}|~{3,})[ \t]*$/;

/** Walks the lines, telling `onLine` about each one outside fenced code; returns the fence still open at the end. */
function scanFences(text: string, onLine: (text: string, line: number) => void): { marker: string; line: number } | undefined {
  let fence: { marker: string; line: number } | undefined;
  text.split('\n').forEach((line, index) => {
    if (fence) {
      const marker = CLOSING_FENCE.exec(line)?.[1];
      if (marker && marker[0] === fence.marker[0] && marker.length >= fence.marker.length) fence = undefined;
      return;
    }
    const marker = OPENING_FENCE.exec(line)?.[1];
    // A backtick fence's info string may not hold a backtick: "```a``` b" is inline code.
    if (marker && !(marker[0] === '`' && line.slice(line.indexOf(marker) + marker.length).includes('`'))) {
      fence = { marker, line: index + 1 };
      return;
    }
    onLine(line, index + 1);
  });
  return fence;
}

/** Each line outside fenced code, with its 1-based number; fence lines themselves are left out. */
export function linesOutsideCode(text: string): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  scanFences(text, (line, number) => lines.push({ text: line, line: number }));
  return lines;
}

/** The code fence that is opened and never closed, with its 1-based line; undefined when every fence is closed. */
export function unclosedFence(text: string): { marker: string; line: number } | undefined {
  return scanFences(text, () => undefined);
}
