import type { Question, Topic } from '../shared/deck';
import { type Asked, askAbout, askInPlace, insideAName, qualifiesANoun } from './ask';
import { eraAt, isRangeEnd, yearSpellings } from './dated';
import {
  amountOf,
  amountSpellings,
  nameOptions,
  numberDistractors,
  type Pools,
  yearDistractors,
} from './distractors';
import { accepted as placeExonyms } from './exonyms';
import type { Facts, SentenceFacts } from './facts';
import { askingWord, type Focus, type FocusKind, findFoci, isEntityKind, isTitleEntity } from './focus';
import type { KindEvidence } from './kind-evidence';
import { OFFICE_WORD } from './lead-facts';
import { nameKey } from './names';
import type { Analysis } from './nlp';
import { BLANK, PRONOUN_LED } from './patterns';
import { readsWell } from './prompt-checks';
import { choiceOptions, clip, excerpt, factId, oneLine, questionId } from './question-kit';

/**
 * Questions on single facts in sentences: who, where, when, how many. Each fact is asked once,
 * as a real question when the sentence allows one, as a blank only when the sentence stands
 * on its own, and each candidate carries a salience score so the deck can keep the best.
 */

export interface Candidate {
  question: Question;
  score: number;
  /** The answer's key: the deck asks one answer only so many times. */
  answerKey: string;
}

const TOPIC: Record<FocusKind, Topic> = {
  person: 'commanders',
  place: 'places',
  organisation: 'strategy',
  unit: 'commanders',
  ship: 'strategy',
  conflict: 'strategy',
  battle: 'strategy',
  publication: 'strategy',
  event: 'strategy',
  competition: 'strategy',
  year: 'dates',
  number: 'numbers',
};
const KIND_WEIGHT: Record<FocusKind, number> = {
  person: 6,
  place: 5,
  organisation: 5,
  unit: 5,
  ship: 5,
  conflict: 7,
  battle: 7,
  publication: 4,
  event: 6,
  competition: 5,
  year: 6,
  number: 4,
};

export interface SentenceContext {
  facts: Facts;
  pools: Pools;
  /** Keys of the article subject's names: never an answer. */
  titleKeys: ReadonlySet<string>;
  /** How often each name key recurs in the article: the entities it keeps returning to. */
  frequency: ReadonlyMap<string, number>;
  /** Names of each kind met in the article, for like-for-like wrong options. */
  names: ReadonlyMap<FocusKind, string[]>;
  /** Keys of the names some sentence shows to be places ("in Concord"). */
  surePlaces: ReadonlySet<string>;
  /** Keys of longer names cut short ("Empire" of "the Roman Empire"): never a wrong option. */
  cutNames: ReadonlySet<string>;
  /** What the whole article shows each name to be. */
  evidence: KindEvidence;
  /** This derive's sentence tagger. */
  analyse: (sentence: string) => Analysis;
}

/** A cheap score before any tagging: lead first, then sentences rich in names, years and numbers. */
export function sentencePriority(s: SentenceFacts, position: number, leadSentences: number): number {
  const lead = position < leadSentences ? 20 - position * 0.5 : 0;
  return lead + s.mentions.length * 2 - position * 0.01;
}

export function foci(s: SentenceFacts, analyse: (sentence: string) => Analysis): Focus[] {
  return findFoci(s.sentence, s.mentions, analyse(s.sentence));
}

function answerOf(focus: Focus): string {
  if (focus.kind === 'number') return amountOf(focus);
  if (focus.entity && nameKey(focus.entity.name) === nameKey(focus.text)) return focus.entity.name;
  return focus.text;
}

function acceptedOf(focus: Focus, answer: string, sentence: string): string[] {
  if (focus.kind === 'number') return amountSpellings(answer);
  if (focus.kind === 'year') return yearSpellings(answer, eraAt(sentence, focus.start, focus.text));
  const names = focus.entity ? focus.entity.names : [focus.text];
  return [...new Set([...names, ...names.flatMap(placeExonyms)])].filter((n) => n !== answer);
}

function distractorsOf(
  focus: Focus,
  answer: string,
  sentence: string,
  context: SentenceContext,
  seed: string,
): string[] {
  if (focus.kind === 'number') return numberDistractors(focus, context.pools, seed);
  if (focus.kind === 'year') {
    const era = eraAt(sentence, focus.start, focus.text);
    return yearDistractors(
      era === 'BC' && !/B/.test(answer) ? `${answer} BC` : answer,
      context.pools,
      seed,
      sentence,
    ).map((y) => (/B/.test(answer) ? y : y.replace(/ BC$/, '')));
  }
  const registry =
    focus.kind === 'person' ? context.pools.people : focus.kind === 'place' ? context.pools.places : [];
  return nameOptions({
    answer,
    entity: focus.entity,
    candidates: [context.names.get(focus.kind) ?? [], registry.map((e) => e.name)].map((tier) =>
      tier.filter((name) => !context.cutNames.has(nameKey(name))),
    ),
    otherKinds: otherKindKeys(context.names, focus.kind),
    titleKeys: context.titleKeys,
    commonWords: context.pools.commonWords,
    modifiers: context.pools.modifiers,
    kind: focus.kind,
    sure: focus.kind === 'place' && focus.sure === true,
    sureNames: context.surePlaces,
    evidence: context.evidence,
    sentence,
    seed,
  });
}

const otherKindCache = new WeakMap<ReadonlyMap<FocusKind, string[]>, Map<FocusKind, Set<string>>>();

/** Keys of the names typed as another kind and never as this one: a person is no wrong place. */
function otherKindKeys(names: ReadonlyMap<FocusKind, string[]>, kind: FocusKind): ReadonlySet<string> {
  let byKind = otherKindCache.get(names);
  if (!byKind) {
    byKind = new Map();
    otherKindCache.set(names, byKind);
  }
  let keys = byKind.get(kind);
  if (!keys) {
    const own = new Set((names.get(kind) ?? []).map(nameKey));
    keys = new Set(
      [...names].flatMap(([k, list]) => (k === kind ? [] : list.map(nameKey))).filter((k) => !own.has(k)),
    );
    byKind.set(kind, keys);
  }
  return keys;
}

/** A blank is fair only in a sentence that stands alone and never inside a longer name. */
function clozePrompt(sentence: string, focus: Focus): string | undefined {
  if (PRONOUN_LED.test(sentence)) return undefined;
  const before = sentence.slice(0, focus.start);
  const after = sentence.slice(focus.end);
  // "twenty-____": a piece of a hyphenated word; "1957 and ____–60": one end of a range; "U.____.": a piece of a name.
  if (/[-–]$/.test(before) || /^[-–]\s?[\p{L}\d]/u.test(after) || insideAName(sentence, focus))
    return undefined;
  if (
    // "José Melgar y ____", "Antropología e ____": the rest of a name joined by "of", "y", "de"…
    /\p{Lu}[\p{L}'’-]*\s+(?:(?:of|y|e|de|del|da|do|van|von|der)\s+(?:the\s+)?)?$/u.test(before) &&
    focus.kind !== 'year' &&
    focus.kind !== 'number'
  )
    return undefined;
  if (/^\s+\p{Lu}/u.test(after) && focus.kind !== 'year') return undefined;
  // "the ____ of Peace": a piece of "Temple of Peace".
  if (/^\s+of\s+(?:the\s+)?\p{Lu}/u.test(after) && isEntityKind(focus.kind)) return undefined;
  const blanked = focus.kind === 'number' ? amountOf(focus) : focus.text;
  const offset = focus.start + (focus.kind === 'number' ? 0 : 0);
  const cut = excerpt(sentence, offset, blanked.length);
  if (cut.startsWith('…') && PRONOUN_LED.test(cut.slice(1).trim())) return undefined;
  if (cut.split(/\s+/).length > 45) return undefined;
  const prompt = cut.split(blanked).join(BLANK);
  return prompt.split(BLANK).length === 2 ? prompt : undefined;
}

/**
 * False for a sentence that leans on the one before it or was split badly: "this was" with
 * nothing "this" names, an unclosed quotation, or a quotation that ends a sentence inside it
 * ("…defeated alone." The attack was…).
 */
export function standsAlone(sentence: string): boolean {
  if ((sentence.match(/"/g)?.length ?? 0) % 2 === 1) return false;
  if (/[.!?]["”]\s+\p{Lu}/u.test(sentence)) return false;
  return !/\b(?:this|these)\s+(?:was|is|were|are|meant|means|led|caused|made|proved)\b/i.test(sentence);
}

/** The question for one fact, or none: a real question first, else a fair blank. */
export function questionFor(
  s: SentenceFacts,
  focus: Focus,
  context: SentenceContext,
  salience: number,
): Candidate | undefined {
  if (isEntityKind(focus.kind) && isTitleEntity(focus, context.titleKeys)) return undefined;
  if (!standsAlone(s.sentence)) return undefined;
  // "Washington, D.C.": a short heading or caption with no verb states no fact to ask.
  if (s.sentence.split(/\s+/).length < 8 && context.analyse(s.sentence).verbs.length === 0) return undefined;
  // "No. 20 Squadron" in an article on No. 20 Squadron RAAF: the title's own name, cut short.
  if (
    isEntityKind(focus.kind) &&
    /\s/.test(focus.text) &&
    [...context.titleKeys].some((k) => k.startsWith(`${nameKey(focus.text)} `))
  )
    return undefined;
  // "Tetrarchs" in an article on the Tetrarch: the subject in the plural is still the subject.
  if (isEntityKind(focus.kind) && context.titleKeys.has(nameKey(focus.text.replace(/s$/, ''))))
    return undefined;
  if (focus.kind === 'number' && (focus.value ?? 0) <= 1) return undefined;
  // "Nerva was Roman Emperor": an office after a copula is no person to ask "who" of.
  if (
    focus.kind === 'person' &&
    OFFICE_WORD.test(focus.text) &&
    /\b(?:is|was|are|were|became)\s+(?:the\s+)?$/.test(s.sentence.slice(0, focus.start))
  )
    return undefined;
  // "from 1485 to 1521": the range is asked whole (datingQuestions), never one end of it.
  if (focus.kind === 'year' && isRangeEnd(s.sentence, focus.start)) return undefined;
  // "generals in the Empire" where the article also writes "the empire": a common word, not a name.
  if (
    (focus.kind === 'place' || focus.kind === 'person') &&
    !/\s/.test(focus.text) &&
    context.pools.commonWords.has(focus.text.toLowerCase())
  )
    return undefined;
  // "Du Fu's poetry": a possessive is not an answer to give.
  if (/['’]s?$/.test(focus.text)) return undefined;
  const topic = TOPIC[focus.kind];
  const quote = s.quote ?? s.sentence;
  const fact = factId(topic, quote, focus.text);
  const seed = `${fact}|options`;
  const answer = answerOf(focus);
  const fronted = askAbout(s.sentence, focus, context.analyse(s.sentence));
  const asked: Asked | undefined = fronted && readsWell(fronted.prompt) ? fronted : undefined;
  const source = { section: s.section, quote };
  const explanation = clip(oneLine(excerpt(s.sentence, focus.start, focus.text.length, 40)));
  const base = { factId: fact, topic, source, explanation, fact: explanation } as const;
  const distractors = distractorsOf(focus, answer, s.sentence, context, seed);
  const options = choiceOptions(answer, distractors, seed);
  const frequency = focus.entity
    ? (context.frequency.get(nameKey(focus.entity.name)) ?? 1)
    : (context.frequency.get(nameKey(focus.text)) ?? 1);
  const score = salience + KIND_WEIGHT[focus.kind] + Math.min(6, 2 * Math.log2(1 + frequency));
  const answerKey = focus.kind === 'number' ? `${answer} ${focus.unit}` : nameKey(answer);
  if (asked) {
    // Names are chosen from like options; years and numbers are typed (with a choice when the typed form is odd).
    const useChoice = isEntityKind(focus.kind) ? Boolean(options) : false;
    const question: Question = useChoice
      ? {
          id: questionId(fact, 'multiple-choice'),
          type: 'multiple-choice',
          prompt: asked.prompt,
          answer,
          options: options as string[],
          ...base,
        }
      : {
          id: questionId(fact, 'typed'),
          type: 'typed',
          prompt: asked.prompt,
          answer,
          accepted: acceptedOf(focus, answer, s.sentence),
          ...base,
        };
    return { question, score: score + (asked.fronted ? 4 : 2), answerKey };
  }
  const inPlace = askInPlace(s.sentence, focus, answer, context.analyse(s.sentence));
  if (inPlace && readsWell(inPlace)) {
    const question: Question =
      isEntityKind(focus.kind) && options
        ? {
            id: questionId(fact, 'multiple-choice'),
            type: 'multiple-choice',
            prompt: inPlace,
            answer,
            options,
            ...base,
          }
        : {
            id: questionId(fact, 'typed'),
            type: 'typed',
            prompt: inPlace,
            answer,
            accepted: acceptedOf(focus, answer, s.sentence),
            ...base,
          };
    return { question, score, answerKey };
  }
  const prompt = qualifiesANoun(s.sentence, focus, context.analyse(s.sentence))
    ? undefined
    : clozePrompt(s.sentence, focus);
  if (!prompt) return undefined;
  const question: Question = options
    ? {
        id: questionId(fact, 'multiple-choice'),
        type: 'multiple-choice',
        prompt: `${askingWord(focus)} fills the blank? ${prompt}`,
        answer,
        options,
        ...base,
      }
    : {
        id: questionId(fact, 'cloze'),
        type: 'cloze',
        prompt,
        answer,
        accepted: acceptedOf(focus, answer, s.sentence),
        ...base,
      };
  return { question, score: score - 3, answerKey };
}
