/**
 * `npm run import:runbooks -- <dir> [--out content/runbooks/<folder>] [--force]`: converts
 * public runbooks (alert runbooks, numbered procedures, docs-site pages) into
 * Hindsight runbooks, prints what it inferred, and checks the result.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { markdownFilesIn, parseCommandLine, writeNewFile } from '../src/integrations/command-line.ts';
import { problemReport } from '../src/integrations/content-check.ts';
import { checkCollection } from '../src/lib/content/check-collection.ts';
import { importRunbook } from '../src/lib/importer/import-runbook.ts';
import { CONTENT_DIR, SAFETY_RULES } from '../src/site.config.ts';

const USAGE = 'usage: npm run import:runbooks -- <dir or files> [--out content/runbooks/<folder>] [--force]';
const { values, positionals } = parseCommandLine(USAGE, { out: { type: 'string' }, force: { type: 'boolean', default: false } });
const outDir = values.out ?? join(CONTENT_DIR, 'runbooks', 'imported');

const written: { path: string; source: string }[] = [];
const seen = new Map<string, string>();
let failed = 0;
for (const input of positionals) {
  for (const file of await markdownFilesIn(input, { recursive: true })) {
    const result = importRunbook(await readFile(file, 'utf8'), basename(file), (image) =>
      existsSync(resolve(dirname(file), image)),
    );
    if (result.skipped) {
      console.log(`${file}: skipped, ${result.skipped}`);
      continue;
    }
    if (!result.text || !result.fileName) continue;
    const id = result.fileName.toLowerCase();
    if (seen.has(id)) {
      console.error(`${file}: error: has the same name as ${seen.get(id) ?? ''}; import them into different --out folders`);
      failed++;
      continue;
    }
    seen.set(id, file);
    const target = join(outDir, result.fileName);
    const notWritten = await writeNewFile(target, result.text, values.force);
    if (notWritten) {
      console.error(`${file}: error: ${notWritten}`);
      failed++;
      continue;
    }
    for (const image of result.images ?? []) {
      const to = resolve(outDir, image);
      await mkdir(dirname(to), { recursive: true });
      await copyFile(resolve(dirname(file), image), to);
      result.notes.push(`copied image ${image}`);
    }
    written.push({ path: target, source: result.text });
    console.log(`${file} → ${target}`);
    for (const note of result.notes) console.log(`  ${note}`);
  }
}

const check = checkCollection(
  written.map((w) => ({ path: w.path, kind: 'runbooks' as const, source: w.source })),
  SAFETY_RULES,
);
if (check.problems.length > 0) for (const line of problemReport(check.problems)) console.log(line);
console.log(`imported ${written.length} runbook${written.length === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''}`);
process.exitCode = failed > 0 || check.problems.some((p) => p.severity === 'error') ? 1 : 0;
