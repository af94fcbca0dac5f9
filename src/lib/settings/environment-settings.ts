/**
 * Reads the `HINDSIGHT_*` environment variables. A value that cannot be used is
 * collected as an error naming the variable, so the build can stop before it
 * starts, rather than quietly using the default or failing deep inside Astro
 * with a stack trace.
 */
import { isIanaZone } from '../timezone.ts';

/** The environment, as `process.env` gives it. */
export type Environment = Record<string, string | undefined>;

/** Reads settings one by one and keeps every error it meets. */
export class SettingsReader {
  readonly errors: string[] = [];
  private readonly env: Environment;

  constructor(env: Environment) {
    this.env = env;
  }

  /** The variable's value, or undefined when it is unset or empty (an empty value resets to the default). */
  private raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  private refuse<T>(name: string, value: string, why: string, fallback: T): T {
    this.errors.push(`${name}: ${why}, not ${JSON.stringify(value)}`);
    return fallback;
  }

  /** Any text, such as a folder. */
  text(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  /** A whole number of at least `least`; `1e3` and `2.5` are refused, as is `100 pages`. */
  wholeNumber(name: string, fallback: number, least = 1): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    return Number.isSafeInteger(number) && number >= least
      ? number
      : this.refuse(name, value, `must be a whole number of at least ${least}`, fallback);
  }

  /** An IANA time zone name the runtime knows, such as `Europe/Berlin`. */
  zone(name: string, fallback: string): string {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    return isIanaZone(value) ? value : this.refuse(name, value, 'must be an IANA time zone name such as Europe/Berlin', fallback);
  }

  /** An absolute http(s) URL. */
  httpUrl(name: string, fallback: string): string {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    let protocol = '';
    try {
      protocol = new URL(value).protocol;
    } catch {
      // Not a URL at all; refused below like any other.
    }
    return protocol === 'http:' || protocol === 'https:'
      ? value
      : this.refuse(name, value, 'must be an absolute http:// or https:// URL', fallback);
  }
}
