/**
 * A Pagefind excerpt often begins with the title it sits under: a page's text
 * starts with its title, a section's with its heading, and a query that
 * matches the title draws the excerpt there. A search result already shows
 * that title as its link, so the repeat only pushes the words that say more
 * out of the excerpt.
 */

/** One character of an excerpt's text, and where it ends in the excerpt's HTML. */
interface Visible {
  char: string;
  end: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of an excerpt's HTML (Pagefind's: escaped text with <mark> tags), character by character. */
function visibleText(html: string): Visible[] {
  const out: Visible[] = [];
  let i = 0;
  while (i < html.length) {
    if (html[i] === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    const entity = html[i] === '&' ? /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(html.slice(i, i + 12)) : null;
    if (entity) {
      const name = entity[1] ?? '';
      const char = name.startsWith('#')
        ? String.fromCodePoint(name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
        : (ENTITIES[name.toLowerCase()] ?? entity[0]);
      i += entity[0].length;
      out.push({ char, end: i });
      continue;
    }
    i++;
    out.push({ char: html[i - 1] ?? '', end: i });
  }
  return out;
}

const STOP = /[.!?:;,…]/;
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** Where `words`, separated by any whitespace, end if the text starts with them; -1 if it does not. */
function startsWithWords(text: Visible[], words: string[]): number {
  let pos = 0;
  for (const [n, word] of words.entries()) {
    if (n > 0) {
      if (!isSpace(text[pos]?.char)) return -1;
      while (isSpace(text[pos]?.char)) pos++;
    }
    for (const char of word) {
      if (text[pos]?.char !== char) return -1;
      pos++;
    }
  }
  return pos;
}

/**
 * The excerpt without the title it starts with, or without the title's last
 * words (at least two) when it starts inside it. Pagefind ends a heading's
 * text with a full stop where it has none, so the title must be followed by
 * punctuation or nothing: an excerpt that merely starts with the same words
 * as the title, in a sentence of the text, keeps them. An excerpt that is only
 * the title is given back whole.
 */
export function withoutLeadingTitle(excerptHtml: string, title: string): string {
  const words = title.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return excerptHtml;
  const text = visibleText(excerptHtml);
  while (isSpace(text[0]?.char)) text.shift();
  for (let from = 0; from < words.length; from++) {
    if (from > 0 && words.length - from < 2) break;
    const end = startsWithWords(text, words.slice(from));
    if (end < 0) continue;
    const next = text[end]?.char;
    const stopped = next === undefined || STOP.test(next) || (STOP.test(title.trim().at(-1) ?? '') && isSpace(next));
    if (!stopped) continue;
    let rest = end;
    while (rest < text.length && (STOP.test(text[rest]?.char ?? '') || isSpace(text[rest]?.char))) rest++;
    if (rest >= text.length) return excerptHtml;
    // Cut just after the title and its stop, so a <mark> opening the next word stays;
    // a </mark> closing the title's last word is all that can be left before the rest.
    const cut = text[rest - 1]?.end ?? 0;
    return excerptHtml.slice(cut).replace(/^(?:\s|<\/mark>)+/, '');
  }
  return excerptHtml;
}
