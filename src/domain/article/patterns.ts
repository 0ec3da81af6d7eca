import { NUMBER_WORDS } from '../shared/number-words';

/** Regular-expression building blocks for reading names, years and numbers out of prose. */

/** One word of a name: capitalised, may start with al-/el- or an apostrophe ("'Uday", "al-Harith", "Zur'a"). */
const NAME_WORD = String.raw`(?:(?:al|el|Al|El)-)?['’ʿ]?[A-Z\u00C0-\u024F][\p{L}'’ʿ]*(?:-[\p{L}'’ʿ]+)*`;
/** A name: name words joined by spaces or by the lowercase links of Arabic and European names. */
/** The month names, as a regex alternation: dates are written with them. */
export const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:ibn|bin|bint|de|von|van|da|di|du|le|la)\s+)?${NAME_WORD})*`;

/** Capitalised words that start sentences or clauses and are never names on their own. */
export const NOT_NAMES = new Set(
  (
    'A An The In On At As After Before Between By For From Of To With Without While When Where Which Who ' +
    'Though Although However Meanwhile Since Then There Thus So But And Or If It Its This That These Those ' +
    'Another Both Many Most Some All Each Once During Until Upon Against Acknowledging Despite Later Early ' +
    'First Second Third Last Next Lead Infobox Unknown Heavy He She They We His Her Their One Two Three ' +
    'January February March April May June July August September October November December ' +
    'Muslim Muslims Arab Arabs Arabic Christian Christians Byzantine Byzantines Roman Romans Persian ' +
    'Persians Caliph Emperor King Queen General Sultan Battle Siege Corps'
  ).split(' '),
);

/** Words before a name that make it a place: "marched to Homs", "the siege of Hit", "reached Raqqa". */
export const PLACE_CUE = String.raw`(?:\b(?:to|from|at|toward|towards|against|into|near|outside|reached|attacked|captured|subdued|besieged|invaded|invade|conquered|took|in|of the city of|conquest of|[Ss]iege of|[Bb]attle of|city of|region of)\s+(?:the\s+)?)`;

/**
 * Words that lean on something said before them ("He…", "Its…", "These…"): a prompt or an
 * event led by one does not stand on its own.
 */
export const PRONOUN_LED = /^(?:he|she|it|they|his|her|its|their|him|them|this|these|those|such|both)\b/i;

/** "No. 20 Squadron", "6th Airborne Division", "1st Battalion": a military unit's name. */
export const MILITARY_UNIT = String.raw`(?:No\.\s*\d+|\d+(?:st|nd|rd|th))(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:Squadron|Wing|Division|Brigade|Regiment|Battalion|Corps|Army|Group|Flotilla|Fleet|Legion|Company)`;

/** Words before a name that make it a person. */
export const PERSON_TITLE = String.raw`\b(?:Caliph|Emperor|Empress|King|Queen|General|Sultan|Prince|Duke|Admiral|Marshal|Colonel|Captain|Governor)\s+`;

/**
 * Counts written as words in prose. "zero" and "one" are left out: "one of the tribes" is
 * rarely a count worth asking about.
 */
export const AMOUNT_WORDS: Record<string, number> = Object.fromEntries([
  ...Object.entries(NUMBER_WORDS).filter(([word]) => word !== 'zero' && word !== 'one'),
  ['hundred', 100],
]);
const NUMBER_WORD = Object.keys(AMOUNT_WORDS).join('|');
/** "hundred", "million": a word that multiplies the amount before it ("fifteen hundred", "1.6 million"). */
const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };
/** Digits; a decimal only before "million"/"billion" ("1.6 million"): "2.7 metres" is a measurement, not a count. */
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:(?:\.\d+)?\s+(?:million|billion))?`;
/** "twenty-four", "fifteen hundred", "two thousand". */
const WORDS = String.raw`(?:${NUMBER_WORD})(?:-(?:${NUMBER_WORD}))?(?:\s+(?:hundred|thousand|million))?`;
/** Between the two ends of an amount that is a range: "five or six", "9,000–10,000" (a dash only between digits). */
export const AMOUNT_RANGE = /\s+or\s+|(?<=\d)\s*[–-]\s*(?=\d)/;
const AMOUNT = String.raw`(?:${DIGITS}(?:(?:\s*[–-]\s*|\s+or\s+)${DIGITS})?|${WORDS}(?:\s+or\s+${WORDS})?)`;
/** Plural nouns that count things; the unit is at most one adjective and one noun. */
const UNIT = String.raw`(?:[a-z]+\s+)?(?:[a-z]+s|men|people|cavalry|infantry|horsemen|horse|foot)`;
/** "4,000 reinforcements", "1,000 men", "five or six days", "9,000–10,000 men", "fifteen hundred poems". */
export const NUMBER_WITH_UNIT = new RegExp(String.raw`\b(${AMOUNT})\s+(${UNIT})\b`, 'giu');

/** "638", "638 AD", "17 AH", "in 640" — a year from 100 to 2100, not part of a bigger number. */
export const YEAR = /(?<![\d,.])(\d{3,4})(?:\s*(AD|CE|BC|BCE|AH))?(?!\d|,\d)/g;

/**
 * Parses an amount into a number: "4,000", "1.6 million", "five", "twenty-four", "fifteen
 * hundred"; of a range ("five or six", "9,000–10,000") the first end. NaN if it is none.
 */
export function amountValue(amount: string): number {
  const first = amount.split(AMOUNT_RANGE)[0]?.trim().toLowerCase() ?? '';
  let total = 0;
  let part = 0;
  for (const word of first.split(/[\s-]+/).filter(Boolean)) {
    const multiplier = MULTIPLIERS[word];
    if (/^[\d,.]+$/.test(word)) part += Number(word.replace(/,/g, ''));
    else if (multiplier && multiplier >= 1000) {
      total += (part || 1) * multiplier;
      part = 0;
    } else if (multiplier) part = (part || 1) * multiplier;
    else if (AMOUNT_WORDS[word] !== undefined) part += AMOUNT_WORDS[word] ?? 0;
    else return Number.NaN;
  }
  return total + part || Number.NaN;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What stands before a year in an opening that is only a date: "In ", "On 5 January ", "After summer of ". */
export const OPENING_YEAR = new RegExp(
  String.raw`^(In|By|On|Since|Until|After|Before)\s+(?:(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?(?:\d{1,2}\s+)?(?:(?:${MONTH})\s+)?(?:\d{1,2},\s+)?$`,
);

/** The blank of a blanked-sentence prompt. */
export const BLANK = '____';

/** A dash that ends a clause: any but the one of a range of numbers ("1904 – 05"). */
export const CLAUSE_DASH = String.raw`(?<!\d\s?)[–—]|[–—](?!\s?\d)`;
