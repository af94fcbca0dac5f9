/**
 * Long lists are paged (the example site is built with two items a page):
 * every incident and every follow-up is on exactly one page, in order, and
 * the pages link to each other.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { ApiIncident } from '../../src/lib/incidents/incident-api.ts';
import { TEST_LIST_PAGE_SIZE } from '../support/build-example-site.ts';

const outDir = inject('siteDir');
const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

/** The HTML of every page of the list at `base` ("incidents/"), following its numbering until a page is missing. */
function listPages(base: string): string[] {
  const pages = [read(`${base}index.html`)];
  while (existsSync(join(outDir, base, 'page', String(pages.length + 1), 'index.html')))
    pages.push(read(`${base}page/${pages.length + 1}/index.html`));
  return pages;
}

const cardLinks = (html: string, pattern: RegExp) =>
  [...html.matchAll(/<li class="card"[^>]*>[\s\S]*?<\/li>/g)].flatMap((card) => [...card[0].matchAll(pattern)].map((m) => m[1]));

describe('paged lists', () => {
  it('put every published incident on exactly one page of /incidents/, newest first', () => {
    const incidents = JSON.parse(read('api/incidents.json')) as ApiIncident[];
    const pages = listPages('incidents/');
    expect(pages).toHaveLength(Math.ceil(incidents.length / TEST_LIST_PAGE_SIZE));
    expect(pages.length).toBeGreaterThan(1);
    const listed = pages.flatMap((html) => cardLinks(html, /<h2><a href="\/incidents\/([^/"]+)\/"/g));
    expect(listed).toEqual(incidents.map((i) => i.id));
  });

  it('put every follow-up on exactly one page of /action-items/, as many as action-items.json has', () => {
    const items = JSON.parse(read('api/action-items.json')) as { key: string; group: string }[];
    const pages = listPages('action-items/');
    expect(pages).toHaveLength(Math.ceil(items.length / TEST_LIST_PAGE_SIZE));
    const cards = pages.flatMap((html) => [...html.matchAll(/<li class="card"[^>]*>/g)]);
    expect(cards).toHaveLength(items.length);
    // Each page names how many follow-ups there are in all.
    for (const html of pages) expect(html).toContain(`${items.length} follow-ups from all incidents`);
    // A group's heading says "continued" exactly where its first follow-up is on an earlier page.
    let headings = 0;
    let continued = 0;
    pages.forEach((html, k) => {
      for (const m of html.matchAll(/<h2 id="group-[^"]*"[^>]*>([^(<]+) \(\d+\)(, continued)?<\/h2>/g)) {
        const group = (m[1] ?? '').trim().toLowerCase();
        const first = items.findIndex((i) => i.group === group);
        expect(first, group).toBeGreaterThanOrEqual(0);
        expect(Boolean(m[2]), `${group} on page ${k + 1}`).toBe(first < k * TEST_LIST_PAGE_SIZE);
        headings++;
        if (m[2]) continued++;
      }
    });
    expect(headings).toBeGreaterThanOrEqual(pages.length);
    expect(continued).toBeGreaterThan(0);
  });

  it("put every incident of a service on exactly one of the service's pages, and its runbooks on the first", () => {
    const incidents = JSON.parse(read('api/incidents.json')) as ApiIncident[];
    const services = [...new Set(incidents.flatMap((i) => i.services))];
    let paged = 0;
    for (const service of services) {
      const pages = listPages(`services/${service}/`);
      if (pages.length > 1) paged++;
      const listed = pages.flatMap((html) => cardLinks(html, /<h3><a href="\/incidents\/([^/"]+)\/"/g));
      expect(listed, service).toEqual(incidents.filter((i) => i.services.includes(service)).map((i) => i.id));
      for (const html of pages.slice(1)) expect(html).toContain('listed on <a href="/services/');
    }
    // The example site has a service with more incidents than fit on a page, so paging was exercised.
    expect(paged).toBeGreaterThan(0);
  });

  it('link each page to the previous and next, and mark the current one', () => {
    const pages = listPages('incidents/');
    pages.forEach((html, k) => {
      const n = k + 1;
      expect(html).toMatch(new RegExp(`aria-current="page"[^>]*><span class="visually-hidden"[^>]*>Page </span>${n}<`));
      if (n > 1) expect(html).toContain(`href="${n === 2 ? '/incidents/' : `/incidents/page/${n - 1}/`}" rel="prev"`);
      else expect(html).not.toContain('rel="prev"');
      if (n < pages.length) expect(html).toContain(`href="/incidents/page/${n + 1}/" rel="next"`);
      else expect(html).not.toContain('rel="next"');
    });
  });
});
