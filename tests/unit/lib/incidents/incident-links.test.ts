import { describe, expect, it } from 'vitest';
import { incidentLinksIn } from '../../../../src/lib/incidents/incident-links.ts';

describe('incidentLinksIn', () => {
  it("finds links to the site's incident pages, with their lines, however the target is written", () => {
    const source = [
      'See [a](/incidents/2017-11-30-oom-proxy/) and [b](/incidents/2024-06-11-auth "title").', // 1
      '[c](/incidents/2025-03-03-search-reindex/#timeline) [d](</incidents/x-y/>)', // 2
      '[list](/incidents/) [page two](/incidents/page/2/) [runbook](/runbooks/oom/)', // 3
      // Another site's incidents: a status page's, not this knowledge base's.
      '[GitHub status](https://www.githubstatus.com/incidents/abc123) [ours, absolute](https://kb.example.org/incidents/a/)', // 4
    ].join('\n');
    expect(incidentLinksIn(source)).toEqual([
      { id: '2017-11-30-oom-proxy', line: 1 },
      { id: '2024-06-11-auth', line: 1 },
      { id: '2025-03-03-search-reindex', line: 2 },
      { id: 'x-y', line: 2 },
    ]);
  });

  it('skips fenced code', () => {
    expect(
      incidentLinksIn('```md\n[a](/incidents/in-code/)\n```\n~~~\n[b](/incidents/also/)\n~~~\n[c](/incidents/real/)'),
    ).toEqual([{ id: 'real', line: 7 }]);
  });
});
