import { htmlToText } from './html-text';

/** GIFT's escapes and text formats, as Moodle reads them. */

/** Escaped characters become private-use stand-ins, so no GIFT rule mistakes them for syntax. */
const ESCAPES: Record<string, string> = {
  ':': '\uE03A',
  '#': '\uE023',
  '=': '\uE03D',
  '{': '\uE07B',
  '}': '\uE07D',
  '~': '\uE07E',
  n: '\n',
  '\\': '\\',
};

export function protectEscapes(text: string): string {
  return text.replace(/\\([:#={}~n\\])/g, (_, char: string) => ESCAPES[char] ?? char);
}

/** The stand-ins back to the characters they stand for. */
export function restoreEscapes(text: string): string {
  return text.replace(/[\uE03A\uE023\uE03D\uE07B\uE07D\uE07E]/g, (char) =>
    String.fromCharCode(char.charCodeAt(0) - 0xe000),
  );
}

/** `[html]`, `[markdown]`, `[plain]` or `[moodle]` before a text says how to read it. */
export function giftText(text: string): string {
  const format = /^\[(html|markdown|plain|moodle)\]/.exec(text.trim());
  const body = format ? text.trim().slice(format[0].length) : text;
  const plain = format?.[1] === 'html' ? htmlToText(body) : body;
  return restoreEscapes(plain).trim();
}
