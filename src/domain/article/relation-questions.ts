import type { Question } from '../shared/deck';
import { otherNames } from './describe';
import type { Facts } from './facts';
import { nameKey } from './names';
import { escapeRegExp } from './patterns';
import {
  capitalise,
  choiceOptions,
  excerpt,
  factId,
  oneLine,
  questionId,
  seededShuffle,
} from './question-kit';

/** Questions on how things relate: commander ↔ side, place ↔ other name, order of events, datings. */

export function sideQuestions(facts: Facts): Question[] {
  const sides = [...new Set(facts.sides.map((s) => s.side))];
  if (sides.length < 2) return [];
  const questions: Question[] = facts.sides.map(({ person, side, line }) => {
    const fact = factId('commanders', line, person.name);
    const other = sides.find((s) => s !== side) ?? side;
    const isFalse = Number.parseInt(fact.slice(-1), 16) % 2 === 0;
    return {
      id: questionId(fact, 'true-false'),
      factId: fact,
      topic: 'commanders',
      type: 'true-false',
      prompt: `True or false? In ${facts.subject}, ${person.name} was a commander of the ${isFalse ? other : side}.`,
      answer: isFalse ? 'False' : 'True',
      options: ['True', 'False'],
      explanation: `${isFalse ? 'False' : 'True'}: ${person.name} commanded for the ${side}.`,
      source: { section: 'Infobox', quote: line },
    };
  });
  const pairs = facts.sides.slice(0, 8);
  const first = pairs[0];
  if (first) {
    const fact = factId('commanders', ...pairs.map((p) => `${p.person.name}=${p.side}`));
    questions.push({
      id: questionId(fact, 'matching'),
      factId: fact,
      topic: 'commanders',
      type: 'matching',
      prompt: `Match each commander in ${facts.subject} with the side they commanded for: ${pairs.map((p) => p.person.name).join('; ')}.`,
      answer: pairs.map((p) => `${p.person.name}: ${p.side}`),
      options: sides.slice(0, 12),
      explanation: pairs.map((p) => `${p.person.name} commanded for the ${p.side}.`).join(' '),
      source: { section: 'Infobox', quote: first.line },
    });
  }
  return questions;
}

/** The first sentence that uses `name`, for quoting. */
function sentenceWith(facts: Facts, name: string) {
  return facts.sentences.find((s) => s.sentence.includes(name));
}

/** Words in brackets after a name that make the rest another name for it: "Tanzhou (now Changsha)". */
const ALIAS_CUE = /^(?:now|modern|today|present-day|formerly|later|then|also|or|known as|called)\b/i;

/** "Irish Republican Army" → "IRA". */
const isInitialism = (short: string, long: string) =>
  /^\p{Lu}{2,6}$/u.test(short) &&
  long
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('') === short;

/**
 * True when the text itself says one name is another name for the other: "Tanzhou (now
 * Changsha)", "Raqqa (Kallinikos to the Byzantines)", "Imperial Japanese Navy (IJN)", "Rizal
 * Park, also known as Luneta Park". A bracket that only says which maker or place something
 * belongs to ("a Körting (Weser) engine") or sits inside a longer name ("the Local Government
 * (Northern Ireland) Act") says nothing of the kind.
 */
export function showsOtherName(text: string, name: string, other: string): boolean {
  for (const [first, second] of [
    [name, other],
    [other, name],
  ] as const) {
    const known = new RegExp(
      String.raw`${escapeRegExp(first)},?\s+(?:also known as|formerly|now called|later renamed|renamed)\s+(?:the\s+)?${escapeRegExp(second)}`,
    );
    if (known.test(text)) return true;
    const bracket = new RegExp(String.raw`${escapeRegExp(first)}\s*\(([^()]*)\)(\s*\S*)`).exec(text);
    const inside = bracket?.[1]?.trim() ?? '';
    const next = bracket?.[2] ?? '';
    if (!bracket || !inside.includes(second) || /^\s*\p{Lu}/u.test(next)) continue;
    if (ALIAS_CUE.test(inside)) return true;
    if (inside === second && (isInitialism(second, first) || isInitialism(first, second))) return true;
    // "Circesium (al-Qarqisiya), Amid…": a bare second name where the name ends; not "Körting (Weser) diesel engine".
    if (inside === second && /^(?:[,.;:]|\s*$|\s+(?:in|on|at|to|from|by|with|was|is|were|are)\b)/.test(next))
      return true;
    // "Kallinikos to the Byzantines", "Luneta Park" after "Rizal Park": a name for the same place.
    if (inside.startsWith(second) && /^\s+(?:to|in|among)\s/.test(inside.slice(second.length))) return true;
    if (
      inside === second &&
      /\s/.test(first) &&
      /\s/.test(second) &&
      first.split(/\s+/).pop() === second.split(/\s+/).pop()
    )
      return true;
  }
  return false;
}

/** "Edson" of "Edson's Raiders": every word of one name in the other is a part, not another name. */
function isPartOf(part: string, whole: string): boolean {
  const words = (name: string) => nameKey(name.replace(/['’]s\b/g, '')).split(' ');
  const wholeWords = new Set(words(whole));
  return words(part).every((word) => wholeWords.has(word));
}

/**
 * "The article gives Tanzhou another name": for each place the text (or the teacher's or the
 * source's alias groups, `declared`) shows to have another name.
 */
export function otherNameQuestions(facts: Facts, declared: string[][] = []): Question[] {
  const questions: Question[] = [];
  const pairs: { name: string; other: string; quote: string; section: string }[] = [];
  const isDeclared = (a: string, b: string) =>
    declared.some(
      (group) => group.some((n) => nameKey(n) === nameKey(a)) && group.some((n) => nameKey(n) === nameKey(b)),
    );
  for (const entity of facts.registry.ofKind('place')) {
    const others = otherNames(entity);
    const other = others[0];
    const where = !other
      ? undefined
      : isDeclared(entity.name, other)
        ? sentenceWith(facts, other)
        : facts.sentences.find((s) => showsOtherName(s.quote ?? s.sentence, entity.name, other));
    if (!other || !where || isPartOf(other, entity.name) || isPartOf(entity.name, other)) continue;
    const quote = where.quote ?? where.sentence;
    pairs.push({ name: entity.name, other, quote, section: where.section });
    const fact = factId('places', quote, entity.name, other);
    questions.push({
      id: questionId(fact, 'typed'),
      factId: fact,
      topic: 'places',
      type: 'typed',
      prompt: isInitialism(entity.name, other)
        ? `What does ${entity.name} stand for?`
        : isInitialism(other, entity.name)
          ? `What initials does the article use for ${entity.name}?`
          : `The article gives ${entity.name} another name. What is it?`,
      answer: other,
      accepted: others
        .slice(1)
        .concat(entity.names.filter((n) => n !== other && nameKey(n) === nameKey(other))),
      explanation: `${entity.name} is also called ${others.join(', ')}.`,
      source: { section: where.section, quote },
    });
  }
  const first = pairs[0];
  if (pairs.length >= 2 && first) {
    const fact = factId('places', ...pairs.map((p) => `${p.name}=${p.other}`));
    questions.push({
      id: questionId(fact, 'matching'),
      factId: fact,
      topic: 'places',
      type: 'matching',
      prompt: `Match each place with its other name: ${pairs.map((p) => p.name).join('; ')}.`,
      answer: pairs.map((p) => `${p.name}: ${p.other}`),
      options: seededShuffle(
        pairs.map((p) => p.other),
        fact,
      ).slice(0, 12),
      explanation: pairs.map((p) => `${p.name} is also called ${p.other}.`).join(' '),
      source: { section: first.section, quote: first.quote },
    });
  }
  return questions;
}

export function sequenceQuestions(facts: Facts): Question[] {
  return facts.sequences.map((sequence) => {
    const fact = factId('places', sequence.sentence, 'order');
    const items = sequence.items.slice(0, 12);
    return {
      id: questionId(fact, 'ordering'),
      factId: fact,
      topic: 'places',
      type: 'ordering',
      prompt: `${oneLine(sequence.intro)} these places in succession. Put them in that order, first to last.`,
      answer: items,
      options: seededShuffle(items, fact),
      explanation: `The order in the article: ${items.join(', ')}.`,
      source: { section: sequence.section, quote: sequence.sentence },
    };
  });
}

export function datingQuestions(facts: Facts): Question[] {
  const questions: Question[] = [];
  for (const disputed of facts.disputed) {
    const fact = factId('dates', disputed.sentence, 'disputed');
    // The event is what the sentence says before the first source speaks ("…commanded by Habib").
    const firstSource = disputed.sentence.indexOf(disputed.datings[0]?.source ?? '');
    const event = oneLine(disputed.sentence.slice(0, firstSource))
      .replace(/[,;]?\s*(?:though|although|while|but|and)?\s*$/i, '')
      .trim();
    if (event.split(' ').length < 3) continue;
    const answer = disputed.datings.map((d) => `${d.year} (${d.source})`).join('; ');
    const source = { section: disputed.section, quote: disputed.sentence };
    questions.push({
      id: questionId(fact, 'flashcard'),
      factId: fact,
      topic: 'dates',
      type: 'flashcard',
      prompt: `The sources disagree on when this happened: "${event}". Which years do they give, and who says which?`,
      answer,
      explanation: `The dating is disputed: ${answer}.`,
      source,
    });
    for (const dating of disputed.datings) {
      const mcFact = factId('dates', disputed.sentence, dating.source);
      const seed = `${mcFact}|options`;
      const others = disputed.datings.filter((d) => d.year !== dating.year).map((d) => String(d.year));
      const near = [dating.year - 1, dating.year + 1, dating.year + 2].map(String);
      const options = choiceOptions(String(dating.year), [...others, ...seededShuffle(near, seed)], seed);
      if (!options) continue;
      questions.push({
        id: questionId(mcFact, 'multiple-choice'),
        factId: fact,
        topic: 'dates',
        type: 'multiple-choice',
        prompt: `"${event}": which year comes from ${dating.source}?`,
        answer: String(dating.year),
        options,
        explanation: `The dating is disputed: ${answer}.`,
        source,
      });
    }
  }
  for (const range of facts.ranges) {
    const fact = factId('dates', range.sentence, range.text);
    const index = range.sentence.toLowerCase().indexOf(range.text.toLowerCase());
    const prompt = excerpt(range.sentence, Math.max(index, 0), range.text.length).replace(
      new RegExp(escapeRegExp(range.text), 'i'),
      '____',
    );
    if (!prompt.includes('____')) continue;
    questions.push({
      id: questionId(fact, 'cloze'),
      factId: fact,
      topic: 'dates',
      type: 'cloze',
      prompt: `When? ${prompt}`,
      answer: capitalise(range.text),
      accepted: ['–', '-', ' to '].map(
        (join) => `${range.from}${join}${range.to}${range.era ? ` ${range.era}` : ''}`,
      ),
      explanation: `The article gives ${range.text}.`,
      source: { section: range.section, quote: range.sentence },
    });
  }
  return questions;
}
