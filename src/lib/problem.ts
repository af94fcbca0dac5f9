/**
 * Problems are values with a location, collected and reported together rather
 * than thrown from deep inside a parser.
 */

/** How bad a problem is: errors stop the build, warnings are shown. */
export type Severity = 'error' | 'warning';

/** Something wrong with a content file, and where. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column, when known. */
  column?: number;
  /** The frontmatter field or part of the report at fault (`timezone`, `timeline`). */
  field?: string;
  severity: Severity;
  message: string;
}

/** A problem before its file is known; the caller that knows the file adds it. */
export type LocatedIssue = Omit<Problem, 'file'>;

/** Orders problems by file, then line, then column, so output is stable. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.message.localeCompare(b.message)
  );
}

/** `path:line:col: error: field: message`, the form editors and CI annotate from; column 1 where only the line is known. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  const field = problem.field ? `${problem.field}: ` : '';
  return `${where}: ${problem.severity}: ${field}${problem.message}`;
}
