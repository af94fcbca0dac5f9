/**
 * Page weight per page type of the example site: HTML + CSS + JS bytes,
 * raw and gzipped, search index excluded. Target: an incident page at most
 * 60 KB. Called by `npm run bench`.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageAssets, pageWeight } from '../src/lib/bench/page-weight.ts';
import { siteBuild } from '../tests/support/run.ts';

const PAGE_TYPES: [string, string][] = [
  ['incident', 'incidents/2017-11-30-oom-proxy/index.html'],
  ['runbook', 'runbooks/cordon-oom-node/index.html'],
  ['home', 'index.html'],
  ['incident index', 'incidents/index.html'],
  ['runbook index', 'runbooks/index.html'],
  ['action items', 'action-items/index.html'],
  ['service', 'services/binder-proxy/index.html'],
  ['tag', 'tags/oom/index.html'],
  ['stats', 'stats/index.html'],
  ['search (without its index)', 'search/index.html'],
];

/** Builds the example site and returns Markdown table rows. */
export function benchPageWeight(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-weight-'));
  try {
    const build = siteBuild({ HINDSIGHT_OUT_DIR: dir });
    if (build.status !== 0) throw new Error(`the example site did not build:\n${build.stderr}`);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    return PAGE_TYPES.map(([name, path]) => {
      const html = readFileSync(join(dir, path), 'utf8');
      const weight = pageWeight(html, (p) => statSync(join(dir, p)).size);
      const assets = pageAssets(html);
      const gzipped = [html, ...[...assets.css, ...assets.js].map((p) => readFileSync(join(dir, p), 'utf8'))].reduce(
        (n, t) => n + gzipSync(t).length,
        0,
      );
      const verdict = name === 'incident' ? (weight.total <= 60 * 1024 ? ' (target met)' : ' (over the 60 KB target)') : '';
      return `| ${name} | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(weight.total)}${verdict} | ${kb(gzipped)} |`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
