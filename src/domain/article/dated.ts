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
const RANGE = new RegExp(`\\b[Bb]etween\\s+(${PART_OF_YEAR}(\\d{3,4}) and ${PART_OF_YEAR}(\\d{3,4}))\\b`);

export function extractRanges(sentences: Quoted[]): DateRange[] {
  const found: DateRange[] = [];
  for (const { sentence, section } of sentences) {
    const match = RANGE.exec(sentence);
    if (match?.[1]) {
      found.push({
        text: `between ${match[1]}`,
        from: Number(match[2]),
        to: Number(match[3]),
        sentence,
        section,
      });
    }
  }
  return found;
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
