import type { Entity } from './names';
import { amountValue, escapeRegExp, NUMBER_WITH_UNIT, YEAR } from './patterns';

/** Words that follow a number but do not count anything ("in 638 was…", "March 1968 by members", "two thirds"). */
const NOT_UNITS =
  /^(?:the|and|or|of|to|in|a|an|by|at|on|for|with|from|as|into|after|before|during|when|while|which|who|that)\b|\b(?:was|has|is|as|this|his|its|us|thus|always|perhaps|halves|thirds|quarters|fifths|tenths)$/;

export type MentionKind = 'person' | 'place' | 'year' | 'number';

/** Something a sentence mentions that a question can ask about. */
export interface Mention {
  kind: MentionKind;
  /** The words exactly as in the sentence. */
  text: string;
  index: number;
  entity?: Entity;
  /** For years and numbers: the value ("4,000" → 4000; "five or six" → 5). */
  value?: number;
  /** For numbers: what is counted ("reinforcements", "days"). */
  unit?: string;
}

/** Builds a finder for the names of these entities (one regular expression, longest names first). */
export function mentionFinder(entities: Entity[]): (sentence: string) => Mention[] {
  const byName = new Map<string, Entity>();
  for (const entity of entities)
    for (const name of entity.names) if (!byName.has(name)) byName.set(name, entity);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const nameRe =
    names.length > 0 ? new RegExp(`(?<![\\p{L}'’-])(?:${names.join('|')})(?![\\p{L}-])`, 'gu') : null;

  return (sentence) => {
    const mentions: Mention[] = [];
    if (nameRe) {
      for (const match of sentence.matchAll(nameRe)) {
        const entity = byName.get(match[0]);
        if (entity && (entity.kind === 'person' || entity.kind === 'place')) {
          mentions.push({ kind: entity.kind, text: match[0], index: match.index, entity });
        }
      }
    }
    const numbers: Mention[] = [];
    for (const match of sentence.matchAll(NUMBER_WITH_UNIT)) {
      const amount = match[1] ?? '';
      const unit = match[2] ?? '';
      // "638 AD", "in 638 the…": a bare 3–4 digit amount followed by a non-unit is a year, handled below.
      if (NOT_UNITS.test(unit)) continue;
      // "the Five Good Emperors", "Year of the Four Emperors": a capitalised number word inside a sentence is part of a name.
      if (match.index > 0 && /^\p{Lu}/u.test(amount) && !/[.!?]\s*$/.test(sentence.slice(0, match.index)))
        continue;
      // "₱ 5 billion": money is not counted here (its unit is the currency, not the word after it).
      if (/[₱$£€¥]\s*$/.test(sentence.slice(Math.max(0, match.index - 2), match.index))) continue;
      numbers.push({ kind: 'number', text: match[0], index: match.index, value: amountValue(amount), unit });
    }
    mentions.push(...numbers);
    for (const match of sentence.matchAll(YEAR)) {
      const value = Number(match[1]);
      const inNumber = numbers.some((n) => match.index >= n.index && match.index < n.index + n.text.length);
      if (inNumber || value < 100 || value > 2100 || match[2] === 'AH') continue;
      mentions.push({ kind: 'year', text: match[0].trim(), index: match.index, value });
    }
    return mentions.sort((a, b) => a.index - b.index);
  };
}
