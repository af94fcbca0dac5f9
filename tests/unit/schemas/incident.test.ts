import { describe, expect, it } from 'vitest';
import { incidentSchema } from '../../../src/schemas/incident.ts';
import { runbookSchema } from '../../../src/schemas/runbook.ts';

const minimal = { title: 'Proxy OOM', date: '2017-11-30', timezone: 'America/Los_Angeles' };

describe('incidentSchema', () => {
  it('needs only title, date and timezone, and fills the rest with defaults', () => {
    const r = incidentSchema.safeParse(minimal);
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data).toMatchObject({ services: [], tags: [], authors: [], status: 'published', runbooks: [], action_items: [] });
      expect(r.data.severity).toBeUndefined();
    }
  });

  it.each(['title', 'date', 'timezone'])('refuses a report without %s', (field) => {
    const input: Record<string, unknown> = { ...minimal };
    delete input[field];
    const r = incidentSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.path).toEqual([field]);
  });

  it('reads a date that YAML already turned into a Date', () => {
    const r = incidentSchema.safeParse({ ...minimal, date: new Date('2017-11-30T00:00:00Z') });
    expect(r.success && r.data.date).toBe('2017-11-30');
  });

  it.each(['2017-11-31', '30/11/2017', '2017-11-3'])('refuses the date %s', (date) => {
    expect(incidentSchema.safeParse({ ...minimal, date }).success).toBe(false);
  });

  it('refuses an ambiguous or unknown zone', () => {
    expect(incidentSchema.safeParse({ ...minimal, timezone: 'IST' }).success).toBe(false);
    expect(incidentSchema.safeParse({ ...minimal, timezone: 'Mars/Olympus' }).success).toBe(false);
  });

  it('accepts an offset as the report zone', () => {
    expect(incidentSchema.safeParse({ ...minimal, timezone: '+05:30' }).success).toBe(true);
  });

  it('normalises severity and service names', () => {
    const r = incidentSchema.safeParse({ ...minimal, severity: 'SEV-2', services: 'BinderHub' });
    expect(r.success && [r.data.severity, r.data.services]).toEqual(['sev2', ['binderhub']]);
  });

  it('refuses unknown fields instead of dropping them', () => {
    const r = incidentSchema.safeParse({ ...minimal, severty: 'sev2' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('keeps drafts as drafts', () => {
    const r = incidentSchema.safeParse({ ...minimal, status: 'draft' });
    expect(r.success && r.data.status).toBe('draft');
    expect(incidentSchema.safeParse({ ...minimal, status: 'secret' }).success).toBe(false);
  });
});

describe('runbookSchema', () => {
  it('needs only a title', () => {
    const r = runbookSchema.safeParse({ title: 'Drain a node' });
    expect(r.success && r.data).toMatchObject({ services: [], alerts: [], tags: [] });
  });

  it('keeps alert names exactly as written', () => {
    const r = runbookSchema.safeParse({ title: 'x', alerts: ['KubePodCrashLooping'] });
    expect(r.success && r.data.alerts).toEqual(['KubePodCrashLooping']);
  });

  it('reads review intervals and refuses nonsense', () => {
    expect(runbookSchema.safeParse({ title: 'x', review_every: '90d', last_reviewed: '2026-01-01' }).success).toBe(true);
    expect(runbookSchema.safeParse({ title: 'x', review_every: 'often' }).success).toBe(false);
  });
});
