import { NAME } from './patterns';

/** Dates that are more than one year: ranges, disputed datings, and things done in succession. */

interface Quoted {
  sentence: string;
  section: string;
}

/** "Many Muslim sources state 637, Streck 640": one event, several datings, each with its source. */
export interface DisputedDate {
  datings: { year: number; source: string }[];
  sentence: string;
  section: string;
}

/** "between the end of 639 and December 640" */
export interface DateRange {
  text: string;
  from: number;
  to: number;
  /** "BC" when the range is before Christ ("between 1000 and 600 BC"). */
  era?: 'BC' | 'AD';
  sentence: string;
  section: string;
}

/** "Iyad subdued, in succession, Circesium, Amid, …": items in the order the article gives. */
export interface Sequence {
  /** The words before the list ("Iyad and his lieutenants subdued"). */
  intro: string;
  items: string[];
  sentence: string;
  section: string;
}

/**
 * The era of a year in a sentence: its own "BC"/"AD", or the era of the range it starts
 * ("between 1000 and 600 BC": 1000 is BC too); "" when the sentence does not say.
 */
export function eraAt(sentence: string, index: number, text: string): 'BC' | 'AD' | '' {
  const own = /\b(BC|BCE|AD|CE)$/.exec(text)?.[1];
  if (own) return own.startsWith('B') ? 'BC' : 'AD';
  const after = /^\s*(?:and|or|to|–|-)\s*\d{1,4}\s*(BC|BCE|AD|CE)\b/.exec(
    sentence.slice(index + text.length),
  );
  if (after?.[1]) return after[1].startsWith('B') ? 'BC' : 'AD';
  return '';
}

/**
 * Ways to type a year: "490 BC" → "490 BCE"; a year the sentence puts before Christ also
 * with its era; an "AD" alias only for a year that is AD.
 */
export function yearSpellings(answer: string, era: 'BC' | 'AD' | ''): string[] {
  const year = /\d+/.exec(answer)?.[0] ?? answer;
  const forms =
    era === 'BC' ? [`${year} BC`, `${year} BCE`] : [year, `${year} AD`, `AD ${year}`, `${year} CE`];
  return forms.filter((a) => a !== answer);
}

const REPORT =
  /\b(?:states?|stated|says?|said|dates?|dated|puts?|argues?|argued|believes?|believed|according to)\b/;

export function extractDisputedDates(sentences: Quoted[]): DisputedDate[] {
  const found: DisputedDate[] = [];
  for (const { sentence, section } of sentences) {
    const datings: DisputedDate['datings'] = [];
    for (const part of sentence.split(/,\s+|;\s+|\bwhile\b|\bbut\b/)) {
      const year = /\b(\d{3,4})\b(?!,\d)/.exec(part);
      const verb = REPORT.exec(part);
      if (!year || !verb || verb.index > year.index) continue;
      const source = part
        .slice(0, verb.index)
        .replace(/^\s*(?:though|although|however|and|but|whereas)\s+/i, '')
        .trim();
      if (source.length > 0) datings.push({ year: Number(year[1]), source });
    }
    if (new Set(datings.map((d) => d.year)).size >= 2) found.push({ datings, sentence, section });
  }
  return found;
}

const PART_OF_YEAR =
  '(?:the (?:end|start|beginning|middle|spring|summer|autumn|fall|winter) of |early |late |mid-)?(?:[A-Z][a-z]+ )?';
const ERA = String.raw`(?:\s*(BC|BCE|AD|CE)\b)?`;
/** "between 1000 and 600 BC", "from 1762 to 1764": both ends, the era written once after them. */
const RANGE = new RegExp(
  String.raw`\b(?:[Bb]etween\s+(${PART_OF_YEAR}(\d{3,4}) and ${PART_OF_YEAR}(\d{3,4})${ERA})|[Ff]rom\s+(${PART_OF_YEAR}(\d{3,4}) to ${PART_OF_YEAR}(\d{3,4})${ERA}))(?!\d|,\d)`,
);

export function extractRanges(sentences: Quoted[]): DateRange[] {
  const found: DateRange[] = [];
  for (const { sentence, section } of sentences) {
    const match = RANGE.exec(sentence);
    if (!match) continue;
    const between = match[1] !== undefined;
    const [words, from, to, era] = between ? match.slice(1, 5) : match.slice(5, 9);
    const range = {
      text: `${between ? 'between' : 'from'} ${words}`,
      from: Number(from),
      to: Number(to),
      sentence,
      section,
    };
    found.push(era ? { ...range, era: era.startsWith('B') ? 'BC' : 'AD' } : range);
  }
  return found;
}

/** True if a year of the sentence is one end of a range (asked as the range, never as one end). */
export function isRangeEnd(sentence: string, index: number): boolean {
  const match = RANGE.exec(sentence);
  return !!match && index >= match.index && index < match.index + match[0].length;
}

const LIST = new RegExp(
  `^(.*?),?\\s+(?:in succession|one after another|in this order|in turn),?\\s+((?:${NAME})(?:\\s*\\([^)]*\\))?(?:\\s*,\\s*(?:${NAME})(?:\\s*\\([^)]*\\))?)*,?\\s+and\\s+(?:${NAME}))`,
  'u',
);

export function extractSequences(sentences: Quoted[]): Sequence[] {
  const found: Sequence[] = [];
  for (const { sentence, section } of sentences) {
    const match = LIST.exec(sentence.replace(/\s+/g, ' '));
    if (!match?.[2]) continue;
    const items = match[2]
      .replace(/\s*\([^)]*\)/g, '')
      .split(/\s*,\s*|,?\s+and\s+/)
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
    const intro = (match[1] ?? '').replace(/^.*,\s*/, '').trim();
    if (items.length >= 3) found.push({ intro, items, sentence, section });
  }
  return found;
}
