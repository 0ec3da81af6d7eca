import type { Question, Topic } from '../shared/deck';
import { describeEntity } from './describe';
import type { Facts, SentenceFacts } from './facts';
import type { Mention } from './mentions';
import { type Entity, isNameOf, isShortFormOf, nameKey } from './names';
import { AMOUNT_WORDS, amountValue } from './patterns';
import {
  choiceOptions,
  excerpt,
  factId,
  oneLine,
  questionId,
  seededRandom,
  seededShuffle,
} from './question-kit';

/** Questions on who, where, when and how many, made from the names, years and numbers in sentences. */

const TOPIC: Record<Mention['kind'], Topic> = {
  person: 'commanders',
  place: 'places',
  year: 'dates',
  number: 'numbers',
};
const BLANK = '____';
const WORD_OF = new Map(Object.entries(AMOUNT_WORDS).map(([word, value]) => [value, word]));

function blankAll(text: string, names: string[]): string {
  let out = text;
  for (const name of [...names].sort((a, b) => b.length - a.length)) out = out.split(name).join(BLANK);
  return out;
}

/** The numeric part of a number mention ("4,000" of "4,000 reinforcements"). */
function amountOf(mention: Mention): string {
  return mention.text.slice(0, mention.text.length - (mention.unit?.length ?? 0)).trim();
}

/** "4,000" → ["4000", "4,000"]; "five or six" → ["5 or 6", "five or six", "5", "6", "5-6"]. */
function amountSpellings(amount: string): string[] {
  const parts = amount
    .split(/\s+or\s+/)
    .map((p) => AMOUNT_WORDS[p.toLowerCase()] ?? Number(p.replace(/,/g, '')));
  const spellings = [amount, parts.join(' or ')];
  if (parts.length === 1 && (parts[0] ?? 0) >= 1000) spellings.push((parts[0] ?? 0).toLocaleString('en'));
  if (parts.length === 2)
    spellings.push(parts.join('-'), parts.join('–'), String(parts[0]), String(parts[1]));
  return [...new Set(spellings.filter((s) => s !== amount))];
}

/** The amount written the way the answer is written (digits with or without commas, or words). */
function formatLike(answer: string, value: number): string {
  if (/^[a-z]/i.test(answer)) return WORD_OF.get(value) ?? String(value);
  return answer.includes(',') ? value.toLocaleString('en') : String(value);
}

/** What the distractors are drawn from, computed once per article. */
interface Pools {
  /** Amounts in the article by unit ("men" → ["1,000", "4,000"]), at most a few each. */
  amountsByUnit: Map<string, string[]>;
  years: string[];
  people: Entity[];
  places: Entity[];
}

function poolsOf(facts: Facts): Pick<Pools, 'amountsByUnit' | 'years'> {
  const amountsByUnit = new Map<string, string[]>();
  const years = new Set<string>();
  for (const mention of facts.sentences.flatMap((s) => s.mentions)) {
    if (mention.kind === 'year') years.add(String(mention.value));
    if (mention.kind !== 'number' || !mention.unit) continue;
    const list = amountsByUnit.get(mention.unit) ?? [];
    if (list.length < 8 && !list.includes(amountOf(mention))) list.push(amountOf(mention));
    amountsByUnit.set(mention.unit, list);
  }
  return { amountsByUnit, years: [...years].slice(0, 200) };
}

function numberDistractors(mention: Mention, pools: Pools, seed: string): string[] {
  const amount = amountOf(mention);
  const value = mention.value ?? 0;
  const isRange = /\sor\s/.test(amount);
  const fromArticle = (pools.amountsByUnit.get(mention.unit ?? '') ?? [])
    .filter((a) => a !== amount && amountValue(a) !== value)
    .filter((a) => /\sor\s/.test(a) === isRange);
  const scaled = [2, 0.5, 3, 1.5, 10]
    .map((factor) => Math.round(value * factor))
    .filter((v) => v > 0 && v !== value && (!/^[a-z]/i.test(amount) || WORD_OF.has(v) || isRange));
  const words = /^[a-z]/i.test(amount);
  const made = scaled
    .filter((v) => !words || (WORD_OF.has(v) && (!isRange || WORD_OF.has(v + 1))))
    .map((v) =>
      isRange ? `${formatLike(amount, v)} or ${formatLike(amount, v + 1)}` : formatLike(amount, v),
    );
  return [...new Set([...fromArticle, ...seededShuffle(made, seed)])];
}

function yearDistractors(value: number, pools: Pools, seed: string): string[] {
  const others = pools.years.filter((y) => y !== String(value));
  const near = seededShuffle([value - 2, value - 1, value + 1, value + 2, value + 3].map(String), seed);
  return [...seededShuffle(others, seed), ...near];
}

/** Other entities of the same kind, never another name of the answer nor one the sentence already names. */
function entityDistractors(entity: Entity, candidates: Entity[], sentence: string, seed: string): string[] {
  // Draw at random (seeded) instead of shuffling every entity: long articles have thousands.
  const random = seededRandom(seed);
  const picked: string[] = [];
  for (let tries = 0; tries < 40 && picked.length < 4 && candidates.length > 0; tries++) {
    const other = candidates[Math.floor(random() * candidates.length)];
    if (!other || other === entity || picked.includes(other.name)) continue;
    if (isNameOf(entity, other.name) || other.names.some((n) => sentence.includes(n))) continue;
    picked.push(other.name);
  }
  return picked;
}

function isOtherName(entity: Entity, text: string): boolean {
  return nameKey(text) !== nameKey(entity.name) && !isShortFormOf(text, entity.name);
}

/** Which mentions of a sentence to ask about: the first person, the first place, every year and number. */
function chosenMentions(mentions: Mention[]): Mention[] {
  const chosen: Mention[] = [];
  for (const mention of mentions) {
    if (
      (mention.kind === 'person' || mention.kind === 'place') &&
      chosen.some((c) => c.kind === mention.kind)
    )
      continue;
    if (chosen.some((c) => c.entity && c.entity === mention.entity)) continue;
    chosen.push(mention);
  }
  return chosen;
}

/** Questions on the mentions of every sentence, in order, stopping after about `limit` questions. */
export function mentionQuestions(facts: Facts, limit = Number.POSITIVE_INFINITY): Question[] {
  const pools: Pools = {
    ...poolsOf(facts),
    people: facts.registry.ofKind('person'),
    places: facts.registry.ofKind('place'),
  };
  const questions: Question[] = [];
  for (const sentenceFacts of facts.sentences) {
    if (questions.length >= limit) break;
    for (const mention of chosenMentions(sentenceFacts.mentions)) {
      questions.push(...questionsFor(sentenceFacts, mention, pools));
    }
  }
  return questions;
}

function questionsFor(where: SentenceFacts, mention: Mention, pools: Pools): Question[] {
  const { sentence, section } = where;
  const topic = TOPIC[mention.kind];
  const fact = factId(topic, sentence, mention.text);
  const source = { section, quote: sentence };
  const entity = mention.entity;
  const isNumber = mention.kind === 'number';
  const blanked = isNumber ? amountOf(mention) : mention.text;
  const names = entity ? entity.names : [blanked];
  const prompt = blankAll(excerpt(sentence, mention.index, mention.text.length), names);
  if (!prompt.includes(BLANK)) return [];
  // A place named by another of its names ("as al-Raqqah") is answered with that name.
  const answer = entity && !isOtherName(entity, mention.text) ? entity.name : blanked;
  const accepted = entity
    ? entity.names.filter((n) => n !== answer)
    : isNumber
      ? amountSpellings(blanked)
      : [`${blanked} AD`];
  const described = entity ? describeEntity(entity) : '';
  const explanation = entity && described !== `${entity.name}.` ? described : oneLine(sentence);
  const seed = `${fact}|options`;
  const distractors = entity
    ? entityDistractors(entity, entity.kind === 'person' ? pools.people : pools.places, sentence, seed)
    : isNumber
      ? numberDistractors(mention, pools, seed)
      : yearDistractors(mention.value ?? 0, pools, seed);
  const questions: Question[] = [];
  const what = { person: 'Who', place: 'Which place', year: 'Which year', number: 'Which number' }[
    mention.kind
  ];

  // Numbers are typed; names and years are cloze (fill in the blank, type the answer).
  questions.push({
    id: questionId(fact, isNumber ? 'typed' : 'cloze'),
    factId: fact,
    topic,
    type: isNumber ? 'typed' : 'cloze',
    prompt: isNumber ? `How many? ${prompt}` : prompt,
    answer,
    accepted,
    explanation,
    source,
  });
  const mcAnswer = answer;
  // Two blanks for two names of one thing: a choice or a swap would read oddly, so the cloze stays alone.
  if (prompt.split(BLANK).length > 2) return questions;
  const options = choiceOptions(mcAnswer, distractors, seed);
  const swap = distractors[0];
  // Every fact gets a second sibling: a multiple-choice or a true/false question, by its hash.
  const wantTrueFalse = Number.parseInt(fact.slice(-1), 16) % 2 === 1 || !options;
  if (!wantTrueFalse && options) {
    questions.push({
      id: questionId(fact, 'multiple-choice'),
      factId: fact,
      topic,
      type: 'multiple-choice',
      prompt: `${what} fills the blank? ${prompt}`,
      answer: mcAnswer,
      options,
      explanation,
      source,
    });
  } else if (swap) {
    const isFalse = Number.parseInt(fact.slice(-2, -1), 16) % 2 === 0;
    const statement = prompt.split(BLANK).join(isFalse ? swap : mcAnswer);
    questions.push({
      id: questionId(fact, 'true-false'),
      factId: fact,
      topic,
      type: 'true-false',
      prompt: `True or false? ${statement}`,
      answer: isFalse ? 'False' : 'True',
      options: ['True', 'False'],
      explanation: isFalse
        ? `False: it was ${mcAnswer}, not ${swap}. ${explanation}`
        : `True. ${explanation}`,
      source,
    });
  }
  return questions;
}
