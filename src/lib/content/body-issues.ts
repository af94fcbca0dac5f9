/**
 * Problems in the shape of a body that Markdown forgives silently and the
 * page would show wrongly: a code fence never closed, which turns the rest of
 * the file (the timeline, the action items) into one code block, and an
 * explicit heading id that is not one.
 */
import { explicitIdProblem } from '../markdown/explicit-id.ts';
import { linesOutsideCode, unclosedFence } from '../markdown/lines-outside-code.ts';
import type { LocatedIssue } from '../problem.ts';

const ATX_HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;

/** The problems of a body whose first line is file line `bodyLineOffset + 1`. */
export function bodyIssues(body: string, bodyLineOffset: number): LocatedIssue[] {
  const issues: LocatedIssue[] = [];
  const fence = unclosedFence(body);
  if (fence) {
    const after = body.split('\n').length - fence.line;
    issues.push({
      line: fence.line + bodyLineOffset,
      field: 'body',
      severity: 'error',
      message: `the code block opened here with ${fence.marker} is never closed, so the ${after} line${after === 1 ? '' : 's'} after it would show as code; close it with a ${fence.marker} line`,
    });
  }
  for (const { text, line } of linesOutsideCode(body)) {
    const heading = ATX_HEADING.exec(text)?.[1];
    const problem = heading === undefined ? undefined : explicitIdProblem(heading);
    if (problem) issues.push({ line: line + bodyLineOffset, field: 'heading', severity: 'error', message: problem });
  }
  return issues;
}
