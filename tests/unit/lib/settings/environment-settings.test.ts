import { describe, expect, it } from 'vitest';
import { SettingsReader } from '../../../../src/lib/settings/environment-settings.ts';

describe('SettingsReader', () => {
  it('uses the default when a variable is unset or empty', () => {
    const settings = new SettingsReader({ A: '', B: '  ' });
    expect(settings.wholeNumber('A', 100)).toBe(100);
    expect(settings.text('B', 'content')).toBe('content');
    expect(settings.zone('C', 'UTC')).toBe('UTC');
    expect(settings.errors).toEqual([]);
  });

  it('reads the values it is given', () => {
    const settings = new SettingsReader({
      SIZE: '25',
      ZERO: '0',
      ZONE: 'America/Los_Angeles',
      URL: 'https://kb.example.org/',
      DIR: 'reports',
    });
    expect(settings.wholeNumber('SIZE', 100)).toBe(25);
    expect(settings.wholeNumber('ZERO', 1000, 0)).toBe(0);
    expect(settings.zone('ZONE', 'UTC')).toBe('America/Los_Angeles');
    expect(settings.httpUrl('URL', 'http://localhost')).toBe('https://kb.example.org/');
    expect(settings.text('DIR', 'content')).toBe('reports');
    expect(settings.errors).toEqual([]);
  });

  it.each(['2.5', '-3', '0', '1e3', '100 pages', 'lots', '99999999999999999999'])(
    'refuses %j as a whole number of at least 1, naming the variable and the value',
    (value) => {
      const settings = new SettingsReader({ HINDSIGHT_LIST_PAGE_SIZE: value });
      settings.wholeNumber('HINDSIGHT_LIST_PAGE_SIZE', 100);
      expect(settings.errors).toEqual([
        `HINDSIGHT_LIST_PAGE_SIZE: must be a whole number of at least 1, not ${JSON.stringify(value)}`,
      ]);
    },
  );

  it('refuses unknown zones and URLs that are not http(s)', () => {
    const settings = new SettingsReader({ ZONE: 'Mars/Olympus', URL: 'kb.example.org', FILE: 'file:///tmp/x' });
    settings.zone('ZONE', 'UTC');
    settings.httpUrl('URL', 'http://localhost');
    settings.httpUrl('FILE', 'http://localhost');
    expect(settings.errors).toHaveLength(3);
    expect(settings.errors[0]).toMatch(/^ZONE: must be an IANA time zone name/);
    expect(settings.errors[1]).toMatch(/^URL: must be an absolute http/);
    expect(settings.errors[2]).toMatch(/^FILE: must be an absolute http/);
  });

  it('keeps every error, not just the first', () => {
    const settings = new SettingsReader({ A: 'x', B: 'y' });
    settings.wholeNumber('A', 1);
    settings.wholeNumber('B', 1);
    expect(settings.errors.map((e) => e.split(':')[0])).toEqual(['A', 'B']);
  });
});
