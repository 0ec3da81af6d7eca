/**
 * Reading a typed date the way a history teacher would: "AD 638" = "638 CE" = "c. 638",
 * "Dec 640" = "December 640", "639-40" = "between 639 and 640", "17 A.H." = "17 AH".
 *
 * A text is a date only if all of it reads as one: an optional "c."/"about"/"in", then a
 * point ([day] [month] year, or month day year) or a range of two points ("639–640",
 * "from 639 to 640", "between 639 and 640", "March–June 640"), with an era word (AD, CE,
 * BC, BCE, AH, with or without dots) before or after. Anything else is not a date and is
 * judged as words. Two dates are equal when every part given matches: the year, the era
 * (no era means AD; a bare year also stands for an AH one, never for a BC one), the month
 * and the day. Approximation words do not count.
 */

export type Era = 'ad' | 'bc' | 'ah';

interface DatePoint {
  year: number;
  /** 1–12, when a month was given. */
  month?: number;
  day?: number;
  /** Undefined when no era word was given. */
  era?: Era;
}

export interface ReadDate {
  from: DatePoint;
  /** The end of a range; undefined for a single date. */
  to?: DatePoint;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "dec", "sept", "december": a month's number, or undefined. */
function monthOf(word: string): number | undefined {
  if (word === 'sept') return 9;
  const at = MONTHS.findIndex((name) => name === word || (word.length === 3 && name.startsWith(word)));
  return at < 0 ? undefined : at + 1;
}

const ERAS: Record<string, Era> = { ad: 'ad', ce: 'ad', bc: 'bc', bce: 'bc', ah: 'ah' };
/** Words before a date that do not change it: approximation, and a plain "in". */
const LEADING_WORDS = new Set([
  'c',
  'ca',
  'circa',
  'about',
  'around',
  'approximately',
  'approx',
  'roughly',
  'in',
]);
const RANGE_WORDS = new Set(['to', '-', 'until', 'till']);

/**
 * Words, numbers and dashes; runs of single letters are joined so "A.D." reads "ad" and
 * "B.C.E." reads "bce". Null when the text holds anything a date never does (a slash).
 */
function tokensOf(text: string): string[] | null {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (/[/\\]/.test(folded)) return null;
  const raw = folded.match(/\d+|\p{L}+|[-–—]/gu) ?? [];
  const tokens: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let token = (raw[i] as string).replace(/[–—]/, '-');
    // Join "a" "d" into "ad", but leave a lone "c" (circa) alone.
    while (/^\p{L}+$/u.test(token) && token.length < 3 && /^\p{L}$/u.test(raw[i + 1] ?? '')) {
      const joined = token + raw[i + 1];
      if (!(joined in ERAS)) break;
      token = joined;
      i++;
    }
    tokens.push(token);
  }
  return tokens;
}

const isNumber = (token: string | undefined) => token !== undefined && /^\d{1,5}$/.test(token);

/** Reads one point from tokens[at]; the year may be missing when a range supplies it. */
function readPoint(tokens: string[], at: number): { point: Partial<DatePoint>; next: number } | null {
  let i = at;
  const point: Partial<DatePoint> = {};
  const eraAt = (index: number) => ERAS[tokens[index] ?? ''];
  if (eraAt(i)) point.era = eraAt(i++);
  const first = tokens[i];
  const month = monthOf(first ?? '');
  if (month) {
    point.month = month;
    i++;
    // "December 17, 640": a day, then the year.
    if (isNumber(tokens[i]) && isNumber(tokens[i + 1]) && Number(tokens[i]) <= 31)
      point.day = Number(tokens[i++]);
  } else if (isNumber(first) && monthOf(tokens[i + 1] ?? '')) {
    // "17 December 640".
    if (Number(first) > 31) return null;
    point.day = Number(first);
    point.month = monthOf(tokens[i + 1] as string);
    i += 2;
  }
  if (isNumber(tokens[i])) point.year = Number(tokens[i++]);
  else if (point.month === undefined) return null;
  if (point.era === undefined && eraAt(i)) point.era = eraAt(i++);
  return { point, next: i };
}

/** The date a text states, or null when the text is not (only) a date. */
export function readDate(text: string): ReadDate | null {
  const tokens = tokensOf(text);
  if (!tokens || tokens.length === 0) return null;
  let i = 0;
  while (LEADING_WORDS.has(tokens[i] ?? '')) i++;
  const opener = tokens[i];
  const bounded = opener === 'between' || opener === 'from';
  if (bounded) i++;
  const first = readPoint(tokens, i);
  if (!first) return null;
  i = first.next;
  if (i === tokens.length) {
    if (bounded || first.point.year === undefined) return null;
    return { from: first.point as DatePoint };
  }
  const joiner = tokens[i] as string;
  if (!(RANGE_WORDS.has(joiner) || (opener === 'between' && joiner === 'and'))) return null;
  const second = readPoint(tokens, i + 1);
  if (!second || second.next !== tokens.length || second.point.year === undefined) return null;
  const to = second.point as DatePoint;
  const from = { ...first.point, year: first.point.year ?? to.year, era: first.point.era ?? to.era };
  // "639-40": the end year written short.
  if (to.year < from.year && String(to.year).length < String(from.year).length) {
    const digits = String(from.year);
    to.year = Number(digits.slice(0, digits.length - String(to.year).length) + String(to.year));
  }
  return { from, to: { ...to, era: to.era ?? from.era } };
}

/** A typed era matches the candidate's: none means AD, and a bare year may stand for AH. */
function sameEra(typed: Era | undefined, candidate: Era | undefined): boolean {
  const want = candidate ?? 'ad';
  if (typed === undefined) return want !== 'bc';
  return typed === want;
}

function samePoint(typed: DatePoint, candidate: DatePoint): boolean {
  return (
    typed.year === candidate.year &&
    typed.month === candidate.month &&
    typed.day === candidate.day &&
    sameEra(typed.era, candidate.era)
  );
}

/** Whether the typed date states the same date (or range) as the candidate. */
export function sameDate(typed: ReadDate, candidate: ReadDate): boolean {
  if (!samePoint(typed.from, candidate.from)) return false;
  if (!typed.to || !candidate.to) return !typed.to && !candidate.to;
  return samePoint(typed.to, candidate.to);
}
