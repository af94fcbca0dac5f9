/**
 * `npm run import -- <files or folders> [--out content/incidents] [--timezone Zone] [--format md|mdx] [--force]`:
 * turns plain-Markdown postmortems into Hindsight reports, copies the images
 * they use, prints what was guessed for each file, and checks the result.
 */
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { exitWithUsage, markdownFilesIn, parseCommandLine, writeNewFile } from '../src/integrations/command-line.ts';
import { problemReport } from '../src/integrations/content-check.ts';
import { checkCollection } from '../src/lib/content/check-collection.ts';
import { importReport } from '../src/lib/importer/import-report.ts';
import { resolveZone } from '../src/lib/timezone.ts';
import { CONTENT_DIR, SAFETY_RULES } from '../src/site.config.ts';

const USAGE =
  'usage: npm run import -- <files or folders> [--out content/incidents] [--timezone Zone] [--format md|mdx] [--force]';

const { values, positionals } = parseCommandLine(USAGE, {
  out: { type: 'string' },
  timezone: { type: 'string' },
  format: { type: 'string', default: 'md' },
  force: { type: 'boolean', default: false },
});
const format: 'md' | 'mdx' | undefined = values.format === 'mdx' ? 'mdx' : values.format === 'md' ? 'md' : undefined;
if (!format) exitWithUsage('--format must be md or mdx', USAGE);
if (values.timezone) {
  const zone = resolveZone(values.timezone);
  if (!zone.ok) {
    console.error(`--timezone: ${zone.message}`);
    process.exit(1);
  }
}
const outDir = values.out ?? join(CONTENT_DIR, 'incidents');

const terminal = process.stdin.isTTY && process.stdout.isTTY;
const rl = terminal ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

const written: { path: string; source: string }[] = [];
let failed = 0;
for (const input of positionals) {
  for (const file of await markdownFilesIn(input, { recursive: false })) {
    const source = await readFile(file, 'utf8');
    if (!/^#{1,6}\s+time\s?line\b/im.test(source)) {
      console.log(`${file}: skipped, no Timeline section: not an incident report`);
      continue;
    }
    const common = { fileName: basename(file), format, allowedEmbedHosts: SAFETY_RULES.allowedEmbedHosts };
    let result = importReport(source, { ...common, ...(values.timezone ? { timezone: values.timezone } : {}) });
    if (result.skipped) {
      console.log(`${file}: skipped, ${result.skipped}`);
      continue;
    }
    if (result.error?.startsWith('cannot tell its time zone') && rl) {
      const answer = (await rl.question(`${file}: ${result.error}\n  time zone (IANA name, e.g. Europe/Berlin): `)).trim();
      if (answer && resolveZone(answer).ok) result = importReport(source, { ...common, timezone: answer });
    }
    if (result.error || !result.text || !result.fileName) {
      console.error(`${file}: error: not imported: ${result.error ?? 'unknown reason'}`);
      failed++;
      continue;
    }
    const year = /\d{4}/.exec(result.text.match(/^date: (\S+)/m)?.[1] ?? '')?.[0] ?? 'undated';
    const target = join(outDir, year, result.fileName);
    const notWritten = await writeNewFile(target, result.text, values.force);
    if (notWritten) {
      console.error(`${file}: error: ${notWritten}`);
      failed++;
      continue;
    }
    for (const image of result.images) {
      // Docs sites resolve some paths from the docs root; try beside the report too.
      const candidates = [resolve(dirname(file), image), resolve(dirname(file), image.replace(/^(\.\.\/)+/, ''))];
      const from = (
        await Promise.all(candidates.map(async (c) => ((await stat(c).catch(() => undefined))?.isFile() ? c : undefined)))
      ).find(Boolean);
      const to = resolve(dirname(target), image);
      if (relative(resolve(outDir), to).startsWith('..')) {
        result.notes.push(`image ${image} points outside ${outDir}: not copied`);
        continue;
      }
      if (!from) {
        result.notes.push(`image ${image} not found beside the report: not copied`);
        continue;
      }
      await mkdir(dirname(to), { recursive: true });
      await copyFile(from, to);
      result.notes.push(`copied image ${image}`);
    }
    written.push({ path: target, source: result.text });
    console.log(`${file} → ${target}`);
    for (const note of result.notes) console.log(`  guessed: ${note}`);
  }
}
rl?.close();

const check = checkCollection(
  written.map((w) => ({ path: w.path, kind: 'incidents' as const, source: w.source })),
  SAFETY_RULES,
);
// Links to runbooks are checked by npm run check against the whole site; here only the reports themselves.
const problems = check.problems.filter((p) => p.field !== 'runbooks');
if (problems.length > 0) for (const line of problemReport(problems)) console.log(line);
console.log(`imported ${written.length} report${written.length === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''}`);
process.exitCode = failed > 0 || problems.some((p) => p.severity === 'error') ? 1 : 0;
