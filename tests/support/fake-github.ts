/** A fake GitHub REST API on 127.0.0.1, served by the test itself, since GitHub cannot be reached from here. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** What the fake answers for one issue number: a status code, headers, a body (JSON or raw text), and how long it waits first. */
export type FakeAnswer = (
  req: IncomingMessage,
  attempt: number,
) => { status: number; headers?: Record<string, string>; body?: unknown; raw?: string; delayMs?: number };

/** A running fake and what it saw. */
export interface FakeGitHub {
  url: string;
  /** Every request: path, If-None-Match, Authorization, and the status sent. */
  requests: { path: string; ifNoneMatch?: string; authorization?: string; status: number }[];
  close: () => Promise<void>;
}

/** Issue JSON in the shape GitHub sends. */
export function issueJson(owner: string, repo: string, n: number, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    state: 'open',
    state_reason: null,
    title: `Issue ${n}`,
    html_url: `https://github.com/${owner}/${repo}/issues/${n}`,
    closed_at: null,
    assignees: [],
    labels: [],
    ...fields,
  };
}

/** Starts a fake serving `GET /repos/{owner}/{repo}/issues/{n}` from `answers`, keyed `owner/repo#n`. */
export async function startFakeGitHub(answers: Record<string, FakeAnswer>): Promise<FakeGitHub> {
  const requests: FakeGitHub['requests'] = [];
  const attempts = new Map<string, number>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(req.url ?? '');
    const key = m ? `${m[1]}/${m[2]}#${m[3]}` : '';
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    const answer: ReturnType<FakeAnswer> = answers[key]?.(req, attempt) ?? { status: 404, body: { message: 'Not Found' } };
    requests.push({
      path: req.url ?? '',
      ...(typeof req.headers['if-none-match'] === 'string' ? { ifNoneMatch: req.headers['if-none-match'] } : {}),
      ...(typeof req.headers.authorization === 'string' ? { authorization: req.headers.authorization } : {}),
      status: answer.status,
    });
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
      res.end(answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body)));
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs).unref();
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
