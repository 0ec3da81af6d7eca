import type { Pools } from './distractors';
import type { Facts, SentenceFacts } from './facts';
import { type Focus, type FocusKind, isEntityKind, isLocative } from './focus';
import { EVENT_NAME, isTitledName, type KindEvidence, kindEvidence } from './kind-evidence';
import { nameKey } from './names';
import { createAnalyser, nameShape } from './nlp';
import { type Article, allParagraphs, bareTitle } from './parse-article';
import { NAME, NOT_NAMES } from './patterns';
import type { Ranked } from './select';
import {
  type Candidate,
  foci,
  questionFor,
  type SentenceContext,
  sentencePriority,
} from './sentence-questions';
import { subjectNames } from './subject-pronouns';

/**
 * Ranks the article's sentences, reads the best of them with the NLP library (only as many as
 * the deck can use, so a long article stays fast) and asks about each one's facts.
 */

/** Sentences read closely per question kept: enough choice without tagging a whole long article. */
const SENTENCES_PER_QUESTION = 3;
const PER_SENTENCE = 2;
/** The lead states the headline facts: ask more of each of its sentences. */
const PER_LEAD_SENTENCE = 4;
/** Foci tried per sentence: a run-on sentence may name hundreds; the first few are enough. */
const FOCI_PER_SENTENCE = 8;

/** "Manila (/ məˈnɪl.ə /) is…" → "Manila is…": asides in brackets and appositions get in the way of a question. */
function withoutAsides(s: SentenceFacts, facts: Facts): SentenceFacts {
  const tidy = s.sentence
    .replace(/\s*\([^()]{0,300}\)/g, '')
    // "Nerva adopted Trajan, a young and popular general, as his successor": an apposition too.
    .replace(/(\p{Lu}[\p{L}'’-]*),\s+(?:a|an)\s+[^,;()]{3,50},\s+(?=\p{Ll})/gu, '$1 ')
    .replace(/\s+([,.;:])/g, '$1');
  if (tidy === s.sentence || tidy.length < 20) return s;
  return {
    sentence: tidy,
    section: s.section,
    mentions: facts.mentionsIn(tidy),
    quote: s.quote ?? s.sentence,
  };
}

/** Keys of every name the article's title gives away: never an answer nor a wrong option. */
export function titleKeys(article: Article, facts: Facts): Set<string> {
  const keys = new Set<string>();
  const bare = bareTitle(article.title);
  keys.add(nameKey(bare));
  keys.add(nameKey(facts.subject));
  for (const name of subjectNames(article)) keys.add(nameKey(name));
  for (const m of bare.matchAll(new RegExp(NAME, 'gu'))) {
    const words = m[0].split(/\s+/).filter((w) => !NOT_NAMES.has(w));
    if (words.length > 0) keys.add(nameKey(words.join(' ')));
    // Each longer word alone still names the subject; a short one ("USS", "Red", "Air") does not.
    for (const word of words) if (word.length > 3) keys.add(nameKey(word));
  }
  // "Tim" of "Tim Richmond": a person's first name alone is the person, however short.
  const first = bare.split(/\s+/)[0];
  if (first && facts.registry.find(bare)?.kind === 'person') keys.add(nameKey(first));
  for (const entity of facts.registry.entities)
    if (entity.names.some((n) => keys.has(nameKey(n)))) for (const n of entity.names) keys.add(nameKey(n));
  return keys;
}

/** Kinds a name can be retyped from: what the library or one sentence guessed. */
const GUESSED = new Set<FocusKind>(['person', 'place', 'organisation']);

/**
 * A focus typed again by what the whole article shows of its name: "Bristol" in a list of
 * ships is a ship, "Savannah" used as "from Savannah" a place, "La Gaceta, a Guatemalan
 * newspaper" a publication, "the Siberian Intervention" an event, "CART World Series" a
 * competition, "Squadron Leader Chris Dixon" a person. A place retyped from a person is asked "which place" only where the
 * sentence shows one.
 */
export function retypedByEvidence(sentence: string, f: Focus, evidence: KindEvidence): Focus {
  if (!GUESSED.has(f.kind)) return f;
  const shown = EVENT_NAME.test(f.text) ? 'event' : evidence.kindOf(f.text);
  const { sure: _, ...unsure } = f;
  if (shown === 'ship' || shown === 'publication' || shown === 'event' || shown === 'competition')
    return { ...unsure, kind: shown };
  if (f.kind !== 'organisation' && shown === 'organisation' && evidence.contradicts(f.text, f.kind))
    return { ...unsure, kind: 'organisation' };
  if (f.kind !== 'person' && isTitledName(f.text)) return { ...unsure, kind: 'person' };
  if (f.kind === 'person' && evidence.contradicts(f.text, 'person') && shown === 'place')
    return { ...unsure, kind: 'place', ...(isLocative(sentence, f.start) ? { sure: true } : {}) };
  if (f.kind === 'place' && evidence.contradicts(f.text, 'place') && shown === 'person')
    return { ...unsure, kind: 'person' };
  return f;
}

/** A ship's name without its prefix: "CSS Virginia" → "Virginia". */
const bareShipName = (name: string) => name.replace(/^\p{Lu}{2,5}\s+/u, '');

/**
 * Foci checked against the whole article: "the ironclad ram Virginia" is the ship "CSS Virginia"
 * named elsewhere, not a person; "generals in the Empire" in an article on the Roman Empire
 * is a longer name cut short (a lone word after "the" that ends one, and no place the NLP
 * library knows), and "the Miocene", "Hawker Hunter jet fighters" or "the Nouvelle Marine
 * doctrine" a period, a machine or an idea: neither asked nor offered.
 */
function checkFoci<T extends { s: { sentence: string }; foci: Focus[] }>(
  found: T[],
  evidence: KindEvidence,
): { found: T[]; cutNames: Set<string> } {
  const all = found.flatMap((p) => p.foci);
  const ships = new Set(all.filter((f) => f.kind === 'ship').map((f) => nameKey(bareShipName(f.text))));
  const tails = new Set(
    all
      .filter((f) => isEntityKind(f.kind) && /\s/.test(f.text))
      .map((f) => nameKey(f.text.split(/\s+/).pop() ?? '')),
  );
  const cutNames = new Set<string>();
  const isCut = (sentence: string, f: Focus) => {
    const cutShort =
      (f.kind === 'place' || f.kind === 'person') &&
      !/\s/.test(f.text) &&
      /\bthe\s+$/i.test(sentence.slice(Math.max(0, f.start - 4), f.start)) &&
      tails.has(nameKey(f.text)) &&
      !nameShape(f.text).place;
    const cut = cutShort || (GUESSED.has(f.kind) && evidence.unasked(f.text));
    if (cut) cutNames.add(nameKey(f.text));
    return cut;
  };
  const retyped = (sentence: string, f: Focus): Focus =>
    (f.kind === 'person' || f.kind === 'place') && ships.has(nameKey(f.text))
      ? { ...f, kind: 'ship' }
      : retypedByEvidence(sentence, f, evidence);
  return {
    found: found.map((p) => ({
      ...p,
      foci: p.foci.filter((f) => !isCut(p.s.sentence, f)).map((f) => retyped(p.s.sentence, f)),
    })),
    cutNames,
  };
}

export function sentenceCandidates(article: Article, facts: Facts, pools: Pools, limit: number): Ranked[] {
  const leadCount = article.lead.reduce((n, p) => n + p.sentences.length, 0);
  const firstParagraph = article.lead[0]?.sentences.length ?? 0;
  const prioritised = facts.sentences
    .map((s, i) => ({
      s: withoutAsides(s, facts),
      lead: i < leadCount,
      priority: sentencePriority(s, i, leadCount) + (i < firstParagraph ? 10 : 0),
    }))
    .sort((a, b) => b.priority - a.priority)
    .slice(0, Math.round(limit * SENTENCES_PER_QUESTION) + 20);
  const analyse = createAnalyser(prioritised.map((p) => p.s.sentence));
  const evidence = kindEvidence(facts.sentences.map((s) => s.sentence));
  const { found, cutNames } = checkFoci(
    prioritised.map((p) => ({ ...p, foci: foci(p.s, analyse) })),
    evidence,
  );
  const names = new Map<FocusKind, string[]>();
  const frequency = new Map<string, number>();
  const seen = new Set<string>();
  const surePlaces = new Set<string>();
  for (const f of found.flatMap((p) => p.foci)) {
    const key = nameKey(f.entity?.name ?? f.text);
    frequency.set(key, (frequency.get(key) ?? 0) + 1);
    if (f.kind === 'place' && f.sure) surePlaces.add(key);
    if (!isEntityKind(f.kind) || seen.has(key)) continue;
    seen.add(key);
    const list = names.get(f.kind) ?? [];
    list.push(f.entity?.name ?? f.text);
    names.set(f.kind, list);
  }
  const context: SentenceContext = {
    facts,
    pools,
    titleKeys: titleKeys(article, facts),
    frequency,
    names,
    surePlaces,
    cutNames,
    analyse,
    evidence,
  };
  const sectionIndex = new Map(allParagraphs(article).map((p, i) => [p.section, i]));
  const out: Ranked[] = [];
  for (const { s, priority, lead, foci: list } of found) {
    const depth = Math.min(6, (sectionIndex.get(s.section) ?? 0) * 0.05);
    const made = list
      .slice(0, FOCI_PER_SENTENCE)
      .map((focus: Focus) => questionFor(s, focus, context, priority - depth))
      .filter((c): c is Candidate => c !== undefined)
      .sort((a, b) => b.score - a.score)
      .slice(0, lead ? PER_LEAD_SENTENCE : PER_SENTENCE);
    out.push(...made.map((c) => ({ ...c, lead })));
  }
  return out;
}
