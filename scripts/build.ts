/**
 * `npm run build`: the content check, Astro's build, then the Pagefind search
 * index over its output.
 *
 * The content check (`npm run check`) runs beside Astro, on the other core,
 * while Astro starts and syncs its content; Astro waits for its word before it writes a page, and
 * is stopped if the content has errors. Astro's output is held until then,
 * so a broken report prints the checker's problems and nothing else.
 *
 * The index is built once Astro's process has exited, rather than in an
 * Astro hook: Astro still holds its whole heap in its last hook, and at
 * 10,000 incidents that heap and Pagefind's together passed 5 GB, where one
 * after the other stay under 4.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { CHECKED_BY_PARENT, CONTENT_PASSED, NOTHING_BUILT } from '../src/integrations/content-check.ts';
import { buildSearchIndex } from '../src/integrations/search-index.ts';
import { CONTENT_DIR, OUT_DIR } from '../src/site.config.ts';

const root = resolve(import.meta.dirname, '..');

/** Keeps a child's output until `release()`, then lets it flow as it comes. */
function holdOutput(child: ChildProcess): { release: () => void } {
  let held: { stream: NodeJS.WriteStream; chunk: Buffer }[] | undefined = [];
  const relay = (stream: NodeJS.WriteStream) => (chunk: Buffer) => (held ? held.push({ stream, chunk }) : stream.write(chunk));
  child.stdout?.on('data', relay(process.stdout));
  child.stderr?.on('data', relay(process.stderr));
  return {
    release: () => {
      for (const { stream, chunk } of held ?? []) stream.write(chunk);
      held = undefined;
    },
  };
}

const closed = (child: ChildProcess) => new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));

const node = (script: string, args: string[], options: { ipc?: boolean; env?: NodeJS.ProcessEnv } = {}) =>
  spawn(process.execPath, [join(root, script), ...args], {
    cwd: root,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe', ...(options.ipc ? ['ipc' as const] : [])],
  });

const astro = node(join('node_modules', 'astro', 'bin', 'astro.mjs'), ['build', ...process.argv.slice(2)], {
  ipc: true,
  env: { ...process.env, [CHECKED_BY_PARENT]: '1' },
});
const exited = closed(astro);
// Astro's output waits until the content has passed.
const astroOutput = holdOutput(astro);

// The check is a process of its own, so its memory is given back before the index is built.
const check = node(join('scripts', 'check.ts'), [CONTENT_DIR]);
const checkOutput = holdOutput(check);
const checkStatus = await closed(check);
checkOutput.release();
if (checkStatus !== 0) {
  astro.kill('SIGKILL');
  console.error(NOTHING_BUILT);
  process.exit(1);
}
astroOutput.release();
if (astro.connected) astro.send(CONTENT_PASSED);

const status = await exited;
if (status !== 0) process.exit(status);

try {
  const summary = await buildSearchIndex(resolve(root, OUT_DIR));
  console.log(
    summary.pages === 0
      ? 'search index: none, as there are no incidents or runbooks to index'
      : `search index: ${summary.pages} pages (incidents and runbooks) in ${summary.bundles} bundle${summary.bundles === 1 ? '' : 's'}, ${summary.seconds.toFixed(1)} s${summary.cpuSeconds === undefined ? '' : ` (${summary.cpuSeconds.toFixed(1)} s of CPU)`}`,
  );
} catch (error) {
  console.error(`The site was built, but its search index was not: ${(error as Error).message}`);
  process.exit(1);
}
