/**
 * Synthetic but realistic content for benchmarks: reports with 10–40 timeline
 * entries in several zones, milestones, action items with GitHub references,
 * and runbooks with steps. Deterministic for a given seed, so runs compare.
 */
import { seededRandom } from './seeded-random.ts';

/** A generated file, path relative to the content folder. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/** The years the generated reports fall in: 2015 to 2024. */
export const SYNTHETIC_YEARS = { first: 2015, count: 10 };

const ZONES = [
  ['America/Los_Angeles', 'PST'],
  ['Europe/Berlin', 'CET'],
  ['UTC', 'UTC'],
  ['Asia/Tokyo', 'JST'],
  ['America/New_York', 'EST'],
] as const;
const SERVICES = ['api-gateway', 'billing', 'search', 'auth', 'postgres-primary', 'queue', 'storage', 'web'];
const OPS_WORDS =
  'proxy node memory latency error rate deploy rollback cache queue disk certificate database replica timeout pool'.split(' ');
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'ti',
  'vo',
  'ze',
  'pa',
  'qui',
  'dor',
  'fen',
  'gal',
  'hes',
  'jor',
  'bri',
  'cle',
  'wen',
  'yst',
];
/** A vocabulary of a few thousand words, so the index has the spread of real prose rather than sixteen words everywhere. */
const VOCABULARY = [
  ...OPS_WORDS,
  ...Array.from(
    { length: 4000 },
    (_, i) => `${SYLLABLES[i % 20] ?? ''}${SYLLABLES[Math.floor(i / 20) % 20] ?? ''}${SYLLABLES[Math.floor(i / 400) % 20] ?? ''}`,
  ),
];
const pad = (n: number) => String(n).padStart(2, '0');

/** `count` incident reports and `count / 10` runbooks. */
export function syntheticContent(count: number, seed = 42): GeneratedFile[] {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  // Zipf-like: a few words are everywhere, most are rare, as in real reports.
  const word = () =>
    VOCABULARY[Math.min(VOCABULARY.length - 1, Math.floor(Math.exp(rnd() * Math.log(VOCABULARY.length)) - 1))] as string;
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const runbookCount = Math.max(1, Math.floor(count / 10));
  const files: GeneratedFile[] = [];

  for (let r = 0; r < runbookCount; r++) {
    const steps = Array.from(
      { length: 4 },
      (_, s) => `### Step ${s + 1} of runbook ${r}\n\n${sentence(20)}.\n\n\`\`\`bash\nkubectl get pods -n prod\n\`\`\`\n`,
    ).join('\n');
    files.push({
      path: `runbooks/area-${r % 7}/runbook-${r}.md`,
      text: `---\ntitle: Runbook ${r} about ${sentence(3)}\nservices: [${pick(SERVICES)}]\nalerts: [Alert${r}]\nowner: team-${r % 5}\n---\n\n## When to use this\n\n${sentence(25)}.\n\n## Mitigation\n\n${steps}`,
    });
  }

  for (let i = 0; i < count; i++) {
    const [zone, label] = pick(ZONES);
    const start = new Date(
      Date.UTC(SYNTHETIC_YEARS.first, 0, 1) + Math.floor(rnd() * 3600 * 24 * 365 * SYNTHETIC_YEARS.count) * 1000,
    );
    const year = start.getUTCFullYear();
    const date = `${year}-${pad(start.getUTCMonth() + 1)}-${pad(start.getUTCDate())}`;
    const entries = 10 + Math.floor(rnd() * 31);
    let minutes = 6 * 60 + Math.floor(rnd() * 10 * 60);
    const timeline: string[] = [];
    for (let e = 0; e < entries; e++) {
      const marks =
        e === 0
          ? ' [started]'
          : e === 2
            ? ' [detected]'
            : e === entries - 2
              ? ' [mitigated]'
              : e === entries - 1
                ? ' [resolved]'
                : '';
      const time = `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
      const heading = e === 0 ? `${date} ${time} ${label}` : time;
      const link =
        e % 7 === 3 ? ` See [the runbook](/runbooks/runbook-${i % runbookCount}/#step-1-of-runbook-${i % runbookCount}).` : '';
      timeline.push(`### ${heading}${marks}\n\n${sentence(18)}.${link}\n`);
      minutes += 1 + Math.floor(rnd() * 12);
      if (Math.floor(minutes / 60) >= 24) break;
    }
    const repo = pick(SERVICES);
    files.push({
      path: `incidents/${year}/${date}-synthetic-${i}.md`,
      text:
        `---\ntitle: Synthetic incident ${i} about ${sentence(4)}\ndate: ${date}\ntimezone: ${zone}\nseverity: sev${1 + (i % 4)}\nservices: [${pick(SERVICES)}, ${repo}]\ntags: [${pick(OPS_WORDS)}]\nsummary: ${sentence(14)}.\n---\n\n` +
        `## Summary\n\n${sentence(40)}.\n\n## Impact\n\n${sentence(25)}.\n\n` +
        // One report in a hundred carries a rare error string, as real ones do, for selective queries.
        (i % 97 === 0 ? '```\nWarning  BackOff  kubelet  Back-off restarting failed container (CrashLoopBackOff)\n```\n\n' : '') +
        `## Timeline\n\n${timeline.join('\n')}\n` +
        `## Lessons learnt\n\n### What went well\n\n- ${sentence(10)}\n\n### What went wrong\n\n- ${sentence(12)}\n\n` +
        `## Action items\n\n### Technical\n\n- ${sentence(8)} ([example/${repo}#${100 + i}](https://github.com/example/${repo}/issues/${100 + i}))\n- ${sentence(6)} (example/${repo}#${2000 + i})\n`,
    });
  }
  return files;
}
