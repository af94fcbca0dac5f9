/**
 * The MDX (and raw HTML) safety check. Contributed MDX is code that runs
 * during the build, so it may hold only literal values, imports of the
 * project's own content components, and markup that runs nothing.
 */
import type { Expression, Program } from 'estree';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { dirname, join, normalize } from 'node:path/posix';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../markdown/parse-markdown.ts';
import type { LocatedIssue } from '../problem.ts';
import { BLOCKED_ELEMENTS, EMBED_ELEMENTS, SCRIPT_URL, URL_ATTRIBUTES, type SafetyRules } from './safety-rules.ts';

interface Position {
  line: number;
  column: number;
}

/**
 * The parsed program micromark attaches to an MDX node. Read through a narrow
 * type because other packages (Sätteri) declare the same mdast node types
 * without the estree field.
 */
function estreeOf(data: unknown): Program | undefined {
  return (data as { estree?: Program | null } | undefined)?.estree ?? undefined;
}

/** True for an expression that is only a literal value: a string, number, boolean, null, or a template with no substitutions. */
function isLiteral(expression: Expression | undefined): boolean {
  if (!expression) return true;
  if (expression.type === 'Literal') return !('regex' in expression);
  if (expression.type === 'TemplateLiteral') return expression.expressions.length === 0;
  if (expression.type === 'UnaryExpression') return expression.operator === '-' && isLiteral(expression.argument);
  return false;
}

/** The single expression an `{…}` holds, or undefined for an empty one or a comment. */
function expressionOf(program: Program | undefined): { expression?: Expression; ok: boolean } {
  if (!program || program.body.length === 0) return { ok: true };
  const statement = program.body[0];
  if (program.body.length === 1 && statement?.type === 'ExpressionStatement')
    return { expression: statement.expression, ok: true };
  return { ok: false };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Checks an embed's source against the allowlist; undefined when it may load. */
function embedProblem(element: string, source: string | undefined, rules: SafetyRules): string | undefined {
  const host = source ? hostOf(source) : undefined;
  if (host && rules.allowedEmbedHosts.includes(host) && source?.startsWith('https://')) return undefined;
  const allowed =
    rules.allowedEmbedHosts.length > 0
      ? `only https:// sources on ${rules.allowedEmbedHosts.join(', ')} may be embedded`
      : 'no hosts are allowed to be embedded';
  return `<${element}> ${source ? `from ${host ?? source}` : 'without a source'} is not allowed: ${allowed} (add a host to the allowlist in src/site.config.ts)`;
}

function importProblem(specifier: string, file: string, rules: SafetyRules): string | undefined {
  const resolved = specifier.startsWith('.') ? normalize(join(dirname(file), specifier)) : specifier.replace(/^[~@]\//, 'src/');
  if (rules.allowedImports.includes(resolved)) return undefined;
  return `importing "${specifier}" is not allowed: MDX may import only the project's content components (${rules.allowedImports.join(', ') || 'none are allowed'})`;
}

/** Problems in raw HTML: scripts, event handlers, script URLs, foreign embeds. */
function htmlProblems(html: string, rules: SafetyRules): string[] {
  const problems: string[] = [];
  for (const m of html.matchAll(/<\s*([a-z][a-z0-9-]*)([^>]*)>/gi)) {
    const element = (m[1] ?? '').toLowerCase();
    const attributes = m[2] ?? '';
    if (EMBED_ELEMENTS.has(element)) {
      const source = /\b(?:src|data)\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
      const problem = embedProblem(element, source, rules);
      if (problem) problems.push(problem);
    } else if (BLOCKED_ELEMENTS.has(element)) {
      problems.push(`<${element}> is not allowed in content: it can run code or load other documents`);
    }
    for (const a of attributes.matchAll(/(?:^|\s)(on[a-z]+)\s*=/gi))
      problems.push(`the event handler ${a[1] ?? ''} is not allowed: content may not run scripts`);
    for (const a of attributes.matchAll(/(?:^|\s)([a-z:-]+)\s*=\s*["']?\s*([^"'>\s]*)/gi)) {
      if (URL_ATTRIBUTES.has((a[1] ?? '').toLowerCase()) && SCRIPT_URL.test(a[2] ?? '')) {
        problems.push(`a ${a[2]?.split(':')[0] ?? 'script'}: URL in ${a[1] ?? ''} is not allowed: it runs code when followed`);
      }
    }
  }
  return problems;
}

function jsxAttributeProblems(
  element: string,
  attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
  rules: SafetyRules,
): string[] {
  const problems: string[] = [];
  let source: string | undefined;
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(
        `the spread attribute {${attribute.value}} on <${element}> is not allowed: attributes must be literal values`,
      );
      continue;
    }
    const name = attribute.name;
    if (/^on/i.test(name)) problems.push(`the event handler ${name} on <${element}> is not allowed: content may not run scripts`);
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value === 'object') {
      const { expression, ok } = expressionOf(value.data?.estree ?? undefined);
      if (!ok || !isLiteral(expression))
        problems.push(
          `the expression {${value.value}} in ${name} on <${element}> is not allowed: attributes must be literal values`,
        );
      continue;
    }
    if (typeof value === 'string') {
      if (URL_ATTRIBUTES.has(name.toLowerCase()) && SCRIPT_URL.test(value))
        problems.push(`a script URL in ${name} on <${element}> is not allowed: it runs code when followed`);
      if (name === 'src' || name === 'data') source = value;
    }
  }
  const lower = element.toLowerCase();
  if (EMBED_ELEMENTS.has(lower)) {
    const problem = embedProblem(lower, source, rules);
    if (problem) problems.push(problem);
  } else if (BLOCKED_ELEMENTS.has(lower)) {
    problems.push(`<${element}> is not allowed in content: it can run code or load other documents`);
  }
  return problems;
}

/**
 * Every safety problem in a content body, with file lines. `format` says how
 * the body is compiled: `.md` bodies can only carry raw HTML; `.mdx` bodies
 * carry JavaScript too.
 */
export function checkContentSafety(
  body: string,
  options: { file: string; format: 'md' | 'mdx'; lineOffset: number; rules: SafetyRules },
): LocatedIssue[] {
  const issues: LocatedIssue[] = [];
  const add = (position: Position | undefined, message: string) =>
    issues.push({
      line: (position?.line ?? 1) + options.lineOffset,
      column: position?.column ?? 1,
      field: 'mdx',
      severity: 'error',
      message,
    });

  // Plain Markdown can only carry danger in raw HTML or a script URL; most
  // reports have neither, and skipping the parse keeps the checker fast.
  if (options.format === 'md' && !/<|script:|data:/i.test(body)) return issues;

  let tree: Root;
  try {
    tree =
      options.format === 'mdx'
        ? fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] })
        : parseMarkdown(body);
  } catch (error) {
    // micromark reports MDX syntax errors with a place; MDX that does not parse would not build either.
    const place = (error as { place?: Position & { start?: Position } }).place;
    const position = place && 'start' in place && place.start ? place.start : place;
    const reason = (error as { reason?: string }).reason ?? String(error);
    add(position, `MDX does not parse: ${reason}`);
    return issues;
  }

  // Names bound by the file's imports, and the components it uses: MDX renders a
  // component it was never given only to throw mid-build, with a stack trace.
  const imported = new Set<string>();
  const components: { name: string; start: Position | undefined }[] = [];

  visit(tree, (node) => {
    const start = node.position?.start;
    switch (node.type) {
      case 'html':
        for (const message of htmlProblems(node.value, options.rules)) add(start, message);
        break;
      case 'mdxjsEsm': {
        const program = estreeOf(node.data);
        for (const statement of program?.body ?? []) {
          const at = statement.loc ? { line: statement.loc.start.line, column: statement.loc.start.column + 1 } : start;
          if (statement.type !== 'ImportDeclaration') {
            add(
              at,
              `${statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' || statement.type === 'ExportAllDeclaration' ? 'export' : 'this'} statement is not allowed: MDX content may only import the project's content components`,
            );
          } else {
            const problem = importProblem(String(statement.source.value), options.file, options.rules);
            if (problem) add(at, problem);
            for (const specifier of statement.specifiers) {
              imported.add(specifier.local.name);
              // A component file exports one thing, its default; naming anything else stops the build.
              if (!problem && specifier.type !== 'ImportDefaultSpecifier')
                add(
                  at,
                  `import the component as a whole: import ${specifier.local.name} from "${String(statement.source.value)}"`,
                );
            }
          }
        }
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const { expression, ok } = expressionOf(estreeOf(node.data));
        if (!ok || !isLiteral(expression))
          add(
            start,
            `the expression {${node.value.trim()}} is not allowed: MDX content may hold only literal values, never code`,
          );
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const message of jsxAttributeProblems(node.name ?? 'fragment', node.attributes, options.rules)) add(start, message);
        if (node.name && isComponentName(node.name)) components.push({ name: node.name, start });
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (SCRIPT_URL.test(node.url))
          add(start, `a ${node.url.split(':')[0] ?? 'script'}: link is not allowed: it runs code when followed`);
        break;
      default:
        break;
    }
  });
  for (const { name, start } of components) {
    const root = name.split('.')[0] ?? name;
    if (!imported.has(root) && !PROVIDED_COMPONENTS.has(root))
      add(
        start,
        `<${name}> is not imported: import a component before using it (${options.rules.allowedImports.join(', ') || 'no components are allowed'})`,
      );
  }
  return issues;
}

/** Components Astro's MDX gives every file without an import. */
const PROVIDED_COMPONENTS = new Set(['Fragment']);

/** A JSX name MDX resolves as a component, not an HTML element: capitalised (`Callout`) or a member (`ui.Callout`). */
function isComponentName(name: string): boolean {
  return /^[A-Z]/.test(name) || name.includes('.');
}
