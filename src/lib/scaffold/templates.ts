/**
 * The files `npm run new` writes: every section a report or runbook should
 * have, with guidance in comments, and nothing a check would refuse.
 */
import { stringify } from 'yaml';

/** What a new incident report starts from. */
export interface NewIncident {
  title: string;
  /** YYYY-MM-DD, today in the report's zone unless given. */
  date: string;
  timezone: string;
  severity?: string;
  services: string[];
}

/** What a new runbook starts from. */
export interface NewRunbook {
  title: string;
  services: string[];
  owner?: string;
  /** YYYY-MM-DD: a new runbook counts as reviewed the day it is written. */
  today: string;
}

function frontmatter(data: Record<string, unknown>): string {
  const defined = Object.fromEntries(
    Object.entries(data).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
  return `---\n${stringify(defined, { lineWidth: 0 }).trimEnd()}\n---\n`;
}

/** The Markdown of a new incident report. */
export function incidentTemplate(input: NewIncident): string {
  return `${frontmatter({
    title: input.title,
    date: input.date,
    timezone: input.timezone,
    severity: input.severity,
    services: input.services,
    tags: [],
    authors: [],
    summary: undefined,
  })}
<!--
  A report is read by people who were not there. Write what happened, not who to blame.
  Times in headings may be written "2024-05-01 14:05", "14:05", "14:05 UTC" or "~14:05";
  a time without a zone is in the last zone written, else in the timezone above.
  Mark milestones at the end of a heading: [started] [detected] [mitigated] [resolved].
  Run \`npm run check\` to see any problem with its line number.
-->

## Summary

<!-- Two or three sentences: what users saw, for how long, and how it was fixed. -->

## Impact

<!-- Who was affected, how many, and how badly. -->

## Timeline

<!-- One heading per event, in time order. Replace the entry below. -->

### ${input.date} 00:00 - What happened first

<!-- First symptoms, and how they were noticed. -->

## Lessons learnt

### What went well

### What went wrong

### Where we got lucky

## Action items

<!--
  One sub-heading per area, one list item per follow-up, each with the issue or pull request
  that tracks it, for example:

  ### Monitoring

  - Alert when proxy memory passes 80% (https://github.com/org/repo/issues/123)
-->
`;
}

/** The Markdown of a new runbook. */
export function runbookTemplate(input: NewRunbook): string {
  return `${frontmatter({
    title: input.title,
    summary: undefined,
    services: input.services,
    alerts: [],
    owner: input.owner,
    last_reviewed: input.today,
    review_every: '90d',
  })}
<!--
  Someone will follow this at 3 a.m. Each step is a "###" heading under a section;
  its link (#step-heading) is pasted into chat, so name steps by what they do and
  keep their wording stable. Put commands in fenced code blocks.
-->

## When to use this

<!-- The symptoms and the alerts (list their exact names in "alerts" above). -->

## Diagnosis

### Confirm the symptom

<!-- What to look at first, and what you expect to see. -->

## Mitigation

### Stop the bleeding

<!-- The quickest safe action that helps users. -->

## Verification

### Check that users are served again

## Escalation

<!-- Who to call when this does not work, and how. -->
`;
}
