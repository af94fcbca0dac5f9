/**
 * `npm run new -- incident "Proxy pods OOM"` or `npm run new -- runbook "Drain a node"`:
 * writes a new report or runbook with every section and guidance comments.
 * Flags for scripts; questions for whatever is missing when run in a terminal.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { resolveZone, toLocal } from '../src/lib/timezone.ts';
import { newIncidentPath, newRunbookPath } from '../src/lib/scaffold/new-file-path.ts';
import { incidentTemplate, runbookTemplate } from '../src/lib/scaffold/templates.ts';
import { CONTENT_DIR, DEFAULT_TIMEZONE } from '../src/site.config.ts';
import { writeNewFile } from '../src/integrations/command-line.ts';

const USAGE = `usage: npm run new -- incident "Title" [--date YYYY-MM-DD] [--timezone Zone] [--severity sev1-5] [--service name]...
       npm run new -- runbook "Title" [--area folder] [--service name]... [--owner team]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        timezone: { type: 'string' },
        severity: { type: 'string' },
        service: { type: 'string', multiple: true },
        area: { type: 'string' },
        owner: { type: 'string' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

const [kind, ...titleWords] = positionals;
if (kind !== 'incident' && kind !== 'runbook') fail('say what to create: incident or runbook');

const terminal = process.stdin.isTTY && process.stdout.isTTY;
const rl = terminal ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
async function ask(question: string, fallback?: string): Promise<string | undefined> {
  if (!rl) return fallback;
  const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
  return answer || fallback;
}

const title = titleWords.join(' ').trim() || (await ask('Title')) || fail('a title is needed');
const services =
  values.service ??
  (await ask('Services, comma-separated', ''))
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean) ??
  [];

let path: string;
let text: string;
if (kind === 'incident') {
  const timezone = values.timezone ?? (await ask('Time zone (IANA name)', DEFAULT_TIMEZONE)) ?? DEFAULT_TIMEZONE;
  const zone = resolveZone(timezone);
  if (!zone.ok) fail(`--timezone: ${zone.message}`);
  const now = toLocal(new Date(), zone.value);
  const today = `${now.year}-${String(now.month).padStart(2, '0')}-${String(now.day).padStart(2, '0')}`;
  const date = values.date ?? (await ask('Date the incident began', today)) ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date: "${date}" must be written YYYY-MM-DD`);
  const severity = values.severity ?? (await ask('Severity (sev1-sev5, empty if unknown)', ''));
  if (severity && !/^sev[1-5]$/i.test(severity)) fail(`--severity: "${severity}" must be one of sev1 … sev5`);
  path = newIncidentPath(CONTENT_DIR, date, title);
  text = incidentTemplate({ title, date, timezone, ...(severity ? { severity: severity.toLowerCase() } : {}), services });
} else {
  const area = values.area ?? (await ask('Area (folder under content/runbooks)', 'general')) ?? 'general';
  const owner = values.owner ?? (await ask('Owner (person or team)', ''));
  const now = new Date().toISOString().slice(0, 10);
  path = newRunbookPath(CONTENT_DIR, area, title);
  text = runbookTemplate({ title, services, ...(owner ? { owner } : {}), today: now });
}
rl?.close();

const notWritten = await writeNewFile(path, text);
if (notWritten) fail(notWritten.replace(' (use --force to replace it)', '; choose another title'));
console.log(`wrote ${path}\nnext: fill it in, then run npm run check`);
