import type { Facts } from './facts';
import { ORGANISATION_NAME, organisationClass, PLACE_NAME_WORD, PLACE_START } from './focus';
import {
  EVENT_NAME,
  isTitledName,
  type KindEvidence,
  PERSON_TITLE_WORDS,
  TITLES_ONLY,
} from './kind-evidence';
import type { Mention } from './mentions';
import { type Entity, type EntityRegistry, isNameOf, nameKey } from './names';
import { isNationality, nameShape } from './nlp';
import { AMOUNT_RANGE, AMOUNT_WORDS, amountValue, NOT_NAMES } from './patterns';
import { seededRandom, seededShuffle } from './question-kit';

/** Wrong options like the right one: same kind, same unit, same era, never another name of the answer. */

const WORD_OF = new Map(Object.entries(AMOUNT_WORDS).map(([word, value]) => [value, word]));
type Counted = Pick<Mention, 'text' | 'unit' | 'value'>;

/** The numeric part of a number mention ("4,000" of "4,000 reinforcements"). */
export function amountOf(mention: Counted): string {
  return mention.text.slice(0, mention.text.length - (mention.unit?.length ?? 0)).trim();
}

/** The ends of an amount and what joins them: "9,000–10,000" → ["9,000", "10,000"], "–". */
function rangeParts(amount: string): { parts: string[]; join: string } {
  const join = AMOUNT_RANGE.exec(amount)?.[0] ?? '';
  return { parts: join ? amount.split(join) : [amount], join };
}

/**
 * Other ways to write the same amount: "4,000" → ["4000"]; "five or six" → ["5 or 6"];
 * "9,000–10,000" → ["9000–10000", "9,000-10,000", "9,000 to 10,000", …]. A range is only
 * ever accepted as a range, never as one of its ends.
 */
export function amountSpellings(amount: string): string[] {
  const { parts, join } = rangeParts(amount);
  const values = parts.map(amountValue);
  if (values.some((v) => !Number.isFinite(v))) return [];
  const plain = values.map(String);
  const commas = values.map((v) => v.toLocaleString('en'));
  const spellings =
    parts.length === 1
      ? [plain[0] as string, commas[0] as string]
      : [plain, commas, parts].flatMap((ends) =>
          (/or/.test(join) ? [' or ', '–', '-'] : ['–', '-', ' to ']).map((j) => ends.join(j)),
        );
  return [...new Set(spellings)].filter((s) => s !== amount);
}

/** The amount written the way the answer is written (digits with or without commas, or words). */
function formatLike(answer: string, value: number): string {
  if (/^[a-z]/i.test(answer)) return WORD_OF.get(value) ?? String(value);
  return answer.includes(',') ? value.toLocaleString('en') : String(value);
}

/** What the distractors are drawn from, computed once per article. */
export interface Pools {
  /** Amounts in the article by unit ("men" → ["1,000", "4,000"]), at most a few each. */
  amountsByUnit: Map<string, string[]>;
  years: string[];
  people: Entity[];
  places: Entity[];
  /** Words the article writes in lower case ("hospital", "empire"): alone, they are no name. */
  commonWords: ReadonlySet<string>;
  /** Keys of capitalised words the article mostly writes before another word ("John Brooks", "Roman emperor"): alone, no name. */
  modifiers: ReadonlySet<string>;
}

/** Words after a name that say nothing of it being a modifier ("Nero was", "Titus and"). */
const FUNCTION_WORD =
  /^(?:and|or|but|nor|was|were|is|are|had|has|have|would|could|did|who|whom|whose|which|that|in|of|to|the|a|an|at|on|by|for|with|as|from|into|also|then|when|while|not|only|again|himself|herself|itself|became|died|said|wrote|\p{Ll}+(?:ed|ly))$/u;

/** Capitalised words written before another word more often than not: first names and adjectives. */
function modifiersOf(sentences: readonly string[]): Set<string> {
  const uses = new Map<string, { all: number; before: number }>();
  for (const sentence of sentences)
    for (const m of sentence.matchAll(/(?<![\p{L}'’.-])(\p{Lu}[\p{L}-]+)(?=(?:\s+([\p{L}]+))?)/gu)) {
      const count = uses.get(m[1] as string) ?? { all: 0, before: 0 };
      count.all++;
      const next = m[2];
      if (next && (/^\p{Lu}/u.test(next) || !FUNCTION_WORD.test(next))) count.before++;
      uses.set(m[1] as string, count);
    }
  return new Set([...uses].filter(([, c]) => c.before * 2 >= c.all).map(([word]) => nameKey(word)));
}

export function poolsOf(facts: Facts): Pick<Pools, 'amountsByUnit' | 'years' | 'commonWords' | 'modifiers'> {
  const amountsByUnit = new Map<string, string[]>();
  const years = new Set<string>();
  const commonWords = new Set<string>();
  for (const { sentence } of facts.sentences)
    for (const word of sentence.match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}-]+/gu) ?? []) commonWords.add(word);
  for (const mention of facts.sentences.flatMap((s) => s.mentions)) {
    if (mention.kind === 'year')
      years.add(/\b(?:BC|BCE)$/.test(mention.text) ? `${mention.value} BC` : String(mention.value));
    if (mention.kind !== 'number' || !mention.unit) continue;
    const list = amountsByUnit.get(mention.unit) ?? [];
    // "Nine days" opening a sentence is "nine" among the options.
    const amount = amountOf(mention).replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
    if (list.length < 8 && !list.includes(amount)) list.push(amount);
    amountsByUnit.set(mention.unit, list);
  }
  const modifiers = modifiersOf(facts.sentences.map((s) => s.sentence));
  return { amountsByUnit, years: [...years].slice(0, 200), commonWords, modifiers };
}

/** The ratio of two positive values, always ≥ 1. */
const ratio = (a: number, b: number) => Math.max(a, b) / Math.max(1e-9, Math.min(a, b));

/**
 * Amounts near the answer, counting the same thing and written the same way (digits or
 * words, a range for a range): the article's own first, then the answer scaled.
 */
export function numberDistractors(
  mention: Counted,
  pools: Pick<Pools, 'amountsByUnit'>,
  seed: string,
): string[] {
  const amount = amountOf(mention);
  const value = mention.value ?? 0;
  const { parts, join } = rangeParts(amount);
  const isRange = parts.length > 1;
  const words = /^[a-z]/i.test(amount);
  const fromArticle = (pools.amountsByUnit.get(mention.unit ?? '') ?? []).filter(
    (a) =>
      a !== amount &&
      amountValue(a) !== value &&
      rangeParts(a).parts.length === parts.length &&
      /^[a-z]/i.test(a) === words &&
      ratio(amountValue(a), value) <= 4,
  );
  const width = isRange ? amountValue(parts[1] ?? '') - value : 0;
  const scaled = [1.5, 0.75, 2, 0.5, 1.25, 3]
    .map((factor) => roundLike(value * factor, value))
    .filter(
      (v) => v > 0 && v !== value && (!words || (WORD_OF.has(v) && (!isRange || WORD_OF.has(v + width)))),
    );
  const made = scaled.map((v) =>
    isRange ? `${formatLike(amount, v)}${join}${formatLike(amount, v + width)}` : formatLike(amount, v),
  );
  return [...new Set([...fromArticle, ...seededShuffle(made, seed)])];
}

/** A made-up amount as round as the true one: 8,000 → 12,000, not 12,347. */
function roundLike(made: number, value: number): number {
  const zeros = /0*$/.exec(String(Math.round(value)))?.[0].length ?? 0;
  const step = 10 ** Math.min(zeros, Math.max(0, String(Math.round(made)).length - 1));
  return Math.round(made / step) * step;
}

/** "490 BC" → { value: 490, era: " BC" }; "1945" → { value: 1945, era: "" }. */
function yearParts(year: string): { value: number; era: string } {
  return { value: Number(/\d+/.exec(year)?.[0] ?? 0), era: /\s*(?:AD|CE|BC|BCE)$/.exec(year)?.[0] ?? '' };
}

/**
 * Years near the answer in the same era ("490 BC" → "488 BC"), the article's own nearby years
 * first; never a year the sentence already gives (it would be a second right answer, or a giveaway).
 */
export function yearDistractors(
  answer: string,
  pools: Pick<Pools, 'years'>,
  seed: string,
  sentence = '',
): string[] {
  const { value, era } = yearParts(answer);
  const bc = /B/.test(era);
  const inSentence = new Set((sentence.match(/\d{3,4}/g) ?? []).map(Number));
  const fromArticle = pools.years
    .map(yearParts)
    .filter((y) => /B/.test(y.era) === bc && Math.abs(y.value - value) <= NEAR_YEARS)
    .map((y) => y.value);
  const near = [-2, -1, 1, 2, 3, -3, 4, -4, 5].map((d) => value + d * (value >= 1000 ? 1 : 2));
  return [...new Set([...seededShuffle(fromArticle, seed), ...seededShuffle(near, seed)])]
    .filter((y) => y > 0 && y !== value && !inSentence.has(y))
    .map((y) => `${y}${era}`);
}

/** How far from the answer the article's own years may be to serve as wrong options. */
const NEAR_YEARS = 25;

/** Up to SAMPLE names of a list in a seeded order, drawn without shuffling a long list whole. */
const SAMPLE = 80;
function sample(names: readonly string[], seed: string): string[] {
  if (names.length <= SAMPLE) return seededShuffle(names, seed);
  const random = seededRandom(seed);
  return Array.from({ length: SAMPLE }, () => names[Math.floor(random() * names.length)] as string);
}

const wordCache = new Map<string, Set<string>>();

/** The words of a name that can give it away (longer than two letters), remembered: a pure function of the name. */
function nameWords(name: string): Set<string> {
  let words = wordCache.get(name);
  if (!words) {
    words = new Set(
      nameKey(name)
        .split(' ')
        .filter((w) => w.length > 2),
    );
    if (wordCache.size > 50_000) wordCache.clear();
    wordCache.set(name, words);
  }
  return words;
}

/** True if two names share a word (an alias, a part or a reordering of the answer must never be a wrong option). */
export function sharesAWord(a: string, b: string): boolean {
  const first = nameWords(a);
  for (const word of nameWords(b)) if (first.has(word)) return true;
  return false;
}

/** One name per entity ("Duke Ottokar" and "Ottokar of Pellau" are one man): the first met is kept. */
export function onePerEntity(names: readonly string[], registry: Pick<EntityRegistry, 'find'>): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = registry.find(name)?.id ?? nameKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What a wrong option for a name must be checked against. */
export interface NameOptionsInput {
  answer: string;
  /** The answer's entity, when the article knows it: none of its names is a wrong option. */
  entity?: Pick<Entity, 'names'> | undefined;
  /** Names of the answer's type in tiers, best source first (those the NLP library typed like the answer, then the rest). */
  candidates: readonly (readonly string[])[];
  /** Keys of names this article types as something else (a person among places): never offered. */
  otherKinds: ReadonlySet<string>;
  /** Keys of the article subject's names: the title gives them away. */
  titleKeys: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
  /** Keys of single words the article writes before other words (first names, adjectives). */
  modifiers?: ReadonlySet<string>;
  /** What the answer is, when known: a person's wrong options are no buildings or organisations. */
  kind?: string;
  /** The sentence shows the answer to be a place: each wrong option must be shown one too. */
  sure?: boolean;
  /** Keys of the names the article shows to be of the answer's kind ("in Concord"). */
  sureNames?: ReadonlySet<string>;
  /** What the whole article shows each name to be: "Savannah" (from Savannah) is no wrong person. */
  evidence?: Pick<KindEvidence, 'kindOf' | 'contradicts' | 'onlyInLongerNames'>;
  sentence: string;
  seed: string;
}

/** Kinds the article shows a word to be that make a name of it, whatever the library reads. */
const SHOWN_AS_NAMES = new Set(['place', 'organisation']);

/** "Possessive's", a lone common word ("Hospital"), a nationality ("French"), a cut name: not a name to choose. */
function isNameLike(name: string, input: NameOptionsInput): boolean {
  // "Sturt's Desert Pea", "C" (of "D.C."): a possessive anywhere, or a lone letter, is no name to choose.
  if (/['’]s?$|['’]s\s/.test(name) || !/\p{L}\p{L}/u.test(name)) return false;
  // "José R", "Dr": a name cut at an initial's or a title's full stop.
  if (/\s\p{Lu}$/u.test(name) || /^(?:Dr|Mr|Mrs|Ms|St|Sr|Jr|Gen|Col|Lt|Capt|Sgt|Rev|Fr)$/.test(name))
    return false;
  // "C' Special Service Squadrons": a name cut after a quotation mark.
  if (/^\p{Lu}['’]\s/u.test(name)) return false;
  // "West", "Far East": a direction, not a place's name.
  if (/^(?:(?:Far|Near|Middle)\s+)?(?:North|South|East|West)(?:east|west)?$/i.test(name)) return false;
  // "Shipbuilding Co", "Vol": a name cut at an abbreviation's full stop.
  if (/(?:^|\s)(?:Co|Corp|Ltd|Inc|Bros|Vol|Vols|No|Nos|Fig|Op|Art|Ch|Ed|Eds)$/.test(name)) return false;
  // "James Dean-like", "Tudor-style": an adjective made from a name.
  if (/-(?:like|style|esque|era)$/.test(name)) return false;
  const words = name.split(/\s+/);
  const shape = nameShape(name);
  // "Transport" is a verb, but "Split" and "Reading" the article goes to and "the Guard" it names are not.
  const lonelyVerb = shape.verb && !SHOWN_AS_NAMES.has(input.evidence?.kindOf(name) ?? '');
  if (words.length === 1 && (input.commonWords.has(name.toLowerCase()) || shape.pluralCommon || lonelyVerb))
    return false;
  if (shape.leadingFunctionWord) return false;
  return words.length > 1 || isNationality(name) === isNationality(input.answer);
}

/** "Fort Moultrie", "Cape Fear", "Temple IV", "Charleston Harbor": a site, never a wrong option for a colony or a country (nor the reverse). */
const SITE =
  /^(?:Fort|Cape|Mount|Lake|Port|Camp|Temple|Group|Structure|Stela|Altar)\b|\b(?:Harbou?r|Bar|Hole|Island|Temple|Plaza|Acropolis|Causeway|Camp|Mission|Monument|Memorial|Complex|Palace|Castle|Church|Cathedral|Bridge|Base|Airport|Station|Field|Park|Street|Avenue|Road|Boulevard|Square|Stadium|Coliseum|Zoo|Hospital|Library|Canal|Museum|Center|Centre|Corner|Gallery|Arsenal|Dockyard|Headquarters)\b/;
const isSite = (name: string) => SITE.test(name);

/** "Roman Emperor", "King", "Prime Minister": an office or a people with a title, not someone's name. */
function isTitleOnly(name: string): boolean {
  if (TITLES_ONLY.test(name)) return true;
  return name
    .split(/\s+/)
    .every((word) => PERSON_TITLE_WORDS.test(word) || isNationality(word) || NOT_NAMES.has(word));
}

/** Kinds the article's evidence settles firmly: such a name is offered only for its own kind. */
const FIRM_KINDS = new Set(['publication', 'event', 'competition', 'period', 'vehicle', 'idea']);

/** A wrong option of the answer's kind: no building or body for a person, no school for a place, a shown place for a shown place. */
function isKindLike(name: string, input: NameOptionsInput): boolean {
  if (!/\s/.test(name) && input.modifiers?.has(nameKey(name))) return false;
  const shown = input.evidence?.kindOf(name);
  if (shown && FIRM_KINDS.has(shown) && shown !== input.kind) return false;
  // "Clemes College" is no wrong option for "Air Force", nor "Royal Navy" for a school.
  if (input.kind === 'organisation') {
    const own = organisationClass(input.answer);
    const other = organisationClass(name);
    if (own && other && own !== other) return false;
  }
  // "Christian Arab": a people, not a person.
  if (input.kind === 'person' && isNationality(name.split(/\s+/).pop() ?? '')) return false;
  if (
    input.kind === 'person' &&
    (PLACE_NAME_WORD.test(name) ||
      ORGANISATION_NAME.test(name) ||
      PLACE_START.test(name) ||
      nameShape(name).place)
  )
    return false;
  if (input.kind === 'place' && ORGANISATION_NAME.test(name)) return false;
  // "Squadron Leader Chris Dixon" among organisations, "Siberian Intervention" among places.
  if (input.kind !== 'person' && isTitledName(name)) return false;
  if (input.kind !== 'event' && EVENT_NAME.test(name)) return false;
  // "Queen", "Roman Emperor": an office is no person, and no place or body either.
  if (isTitleOnly(name)) return false;
  if (input.kind === 'place' && isSite(name) !== isSite(input.answer)) return false;
  if (input.evidence?.contradicts(name, input.kind ?? '') || input.evidence?.onlyInLongerNames(name))
    return false;
  return !input.sure || Boolean(input.sureNames?.has(nameKey(name))) || nameShape(name).place;
}

/** The form of a name a learner sees: an acronym, or how many words. */
const formOf = (name: string) =>
  /^[\p{Lu}\d-]+$/u.test(name) ? 'acronym' : String(Math.min(3, name.split(/\s+/).length));

/**
 * Up to three wrong options for a name: of the same type, never the answer under another
 * name, a part or a reordering of it, nor a name the sentence already gives; those written
 * in the same form as the answer (an acronym, as many words) first.
 */
export function nameOptions(input: NameOptionsInput): string[] {
  const { answer, entity, sentence, seed } = input;
  const answerKey = nameKey(answer);
  const fits = (other: string) => {
    const key = nameKey(other);
    if (key === answerKey || input.titleKeys.has(key) || input.otherKinds.has(key)) return false;
    if (sharesAWord(other, answer) || sentence.includes(other)) return false;
    if (entity && isNameOf(entity, other)) return false;
    return isNameLike(other, input) && isKindLike(other, input);
  };
  const seen = new Set<string>();
  const picked: string[] = [];
  for (const tier of input.candidates) {
    const fitting: string[] = [];
    // Scan a bounded, seeded sample: long articles have thousands of names.
    for (const other of sample(tier, seed)) {
      // Enough to choose three of the same form from: stop looking.
      if (picked.length + fitting.length >= 8) break;
      const key = nameKey(other);
      if (seen.has(key) || !fits(other)) continue;
      seen.add(key);
      if ([...picked, ...fitting].some((f) => sharesAWord(f, other))) continue;
      fitting.push(other);
    }
    const sameForm = fitting.filter((o) => formOf(o) === formOf(answer));
    picked.push(...new Set([...sameForm, ...fitting]));
    if (picked.length >= 3) break;
  }
  return picked.slice(0, 3);
}
