import { PRONOUN_LED } from './patterns';
import { capitalise } from './question-kit';

/** Causes, purposes and outcomes: the "why" of an article, read from the shape of its sentences. */

export type ReasonKind = 'purpose' | 'part-of' | 'achievement' | 'trigger';

export interface Reason {
  kind: ReasonKind;
  /** What happened (a clause of the sentence). */
  event: string;
  /** Why it happened, what it was part of, or what it achieved. */
  reason: string;
  sentence: string;
  section: string;
}

interface Quoted {
  sentence: string;
  section: string;
}

const tidy = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:]+|[\s,;:.]+$/g, '')
    .replace(/^(?:thus|so|then|and|but|however|meanwhile)\s+/i, '');

/** The first clause of `text` (up to ", while", "; " or ", which"), so answers stay short. */
function firstClause(text: string): string {
  return tidy(text.split(/;|,\s+(?:while|whereas|which|who|though|although)\b|\.\s/)[0] ?? text);
}

/** "To add insult to injury, …", "To this day, …": set phrases that open a sentence, not purposes. */
const IDIOM = String.raw`(?:add insult|this day|date\b|be sure|make matters|the contrary|be fair|sum up)`;

const MATCHERS: { kind: ReasonKind; re: RegExp; event: number; reason: number; prefix?: string }[] = [
  // "To gain time to prepare a defense…, Heraclius needed the Muslims occupied in Syria."
  {
    kind: 'purpose',
    re: new RegExp(String.raw`^To (?!the |a |an |his |her |their |its |${IDIOM})([^,]{8,}),\s+(.{8,})$`),
    event: 2,
    reason: 1,
    prefix: 'To ',
  },
  // "… in order to divert …", "… in an attempt to stem …", "… so that …"
  {
    kind: 'purpose',
    re: /^(.{8,}?),?\s+(?:in order to|in an attempt to)\s+(.{8,})$/,
    event: 1,
    reason: 2,
    prefix: 'To ',
  },
  // "… so that they could …" is a purpose; "… so that she fell out of formation" is an outcome, not asked.
  {
    kind: 'purpose',
    re: /^(.{8,}?),?\s+so that\s+((?:\S+\s+){1,5}(?:could|would|might|can|may|should|will)\b.{4,})$/,
    event: 1,
    reason: 2,
    prefix: 'So that ',
  },
  // "… withdrew all his forces … as a part of a complex strategy …"
  { kind: 'part-of', re: /^(.{8,}?)\s+as (?:a )?part of\s+(.{8,})$/, event: 1, reason: 2 },
  // "X, which not only A, but also B" / "X not only A but also B"
  {
    kind: 'achievement',
    re: /^(.{8,}?),?\s+(?:which\s+)?not only\s+(.{4,}?),?\s+but also\s+(.{4,})$/,
    event: 1,
    reason: 2,
  },
  // "When A, they B.": when B happened, asked as "When did this happen?", never "Why?" (a time is no cause).
  {
    kind: 'trigger',
    re: /^When\s+(.{8,}?),\s+((?:they|he|she|it|the \w+)\s+.{8,})$/,
    event: 2,
    reason: 1,
    prefix: 'When ',
  },
];

export function extractReasons(sentences: Quoted[]): Reason[] {
  const reasons: Reason[] = [];
  for (const { sentence, section } of sentences) {
    const flat = sentence.replace(/\s+/g, ' ').replace(/\.$/, '');
    for (const matcher of MATCHERS) {
      const match = matcher.re.exec(flat);
      if (!match) continue;
      const whole = tidy(match[matcher.event] ?? '');
      let event = firstClause(whole);
      // An event cut from a longer run of clauses, or one led by a pronoun, is no question on its own.
      if (event !== whole || PRONOUN_LED.test(event)) continue;
      let reason = firstClause(match[matcher.reason] ?? '');
      if (matcher.kind === 'achievement') {
        const also = firstClause(match[3] ?? '');
        reason = `It not only ${reason}, but also ${also}`;
        event = tidy(event.replace(/,?\s*which$/, ''));
      } else {
        reason = `${matcher.prefix ?? ''}${reason}`;
      }
      if (event.split(' ').length < 3 || reason.split(' ').length < 3) continue;
      reasons.push({
        kind: matcher.kind,
        event: capitalise(event),
        reason: capitalise(reason),
        sentence,
        section,
      });
      break;
    }
  }
  return reasons;
}
