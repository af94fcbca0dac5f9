/** Turns schema validation failures into located problems that name the field. */
import type { z } from 'astro/zod';
import type { LocatedIssue } from '../problem.ts';

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** The known field closest to a misspelt one, if any is close. */
export function closestField(unknown: string, known: readonly string[]): string | undefined {
  const ranked = known.map((k) => ({ k, d: distance(unknown.toLowerCase(), k) })).sort((a, b) => a.d - b.d);
  const best = ranked[0];
  return best && best.d <= Math.max(2, Math.floor(unknown.length / 3)) ? best.k : undefined;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}

/** One problem per schema issue, at the line of the field it is about. */
export function schemaIssues(
  error: z.ZodError,
  lineOf: (path: readonly PropertyKey[]) => number,
  knownFields: readonly string[],
  columnOf: (path: readonly PropertyKey[]) => number = () => 1,
): LocatedIssue[] {
  const issues: LocatedIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const suggestion = issue.path.length === 0 ? closestField(key, knownFields) : undefined;
        issues.push({
          line: lineOf(path),
          column: columnOf(path),
          field: fieldName(path),
          severity: 'error',
          message: `unknown field${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known fields are ${issue.path.length === 0 ? knownFields.join(', ') : 'listed in the README'}`,
        });
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    // A refused map key (an anchor in anchor_aliases) says why only in its nested issue.
    const keyMessage = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
    issues.push({
      line: lineOf(issue.path),
      column: columnOf(issue.path),
      field: fieldName(issue.path),
      severity: 'error',
      message: keyMessage ?? (missing && !issue.message.startsWith('is required') ? 'is required' : issue.message),
    });
  }
  return issues;
}
