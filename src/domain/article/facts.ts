import {
  type DateRange,
  type DisputedDate,
  extractDisputedDates,
  extractRanges,
  extractSequences,
  type Sequence,
} from './dated';
import { type Mention, mentionFinder } from './mentions';
import { type Entity, EntityRegistry, nameKey, withoutTitle } from './names';
import { type Article, allParagraphs, bareTitle, infoboxEntry } from './parse-article';
import { NAME, NOT_NAMES, PERSON_TITLE, PLACE_CUE } from './patterns';
import { extractReasons, type Reason } from './reasons';
import { readSubjectPronouns, type SubjectReference, subjectReference } from './subject-pronouns';

/** One sentence (or infobox line) with the names, years and numbers it mentions. */
export interface SentenceFacts {
  sentence: string;
  section: string;
  mentions: Mention[];
  /** The verbatim sentence to quote, when `sentence` is a reading of it (a pronoun named, brackets taken out). */
  quote?: string;
}

/** A commander and the side they served, from the infobox (Commander1 ↔ Combatant1). */
export interface SideFact {
  person: Entity;
  side: string;
  line: string;
}

export interface Facts {
  title: string;
  /** The article's subject as a phrase: "the siege of Emesa", "Jean Marceau". */
  subject: string;
  /** How sentences name the subject and the pronoun that stands for it, when the article shows it. */
  reference?: SubjectReference;
  registry: EntityRegistry;
  sentences: SentenceFacts[];
  sides: SideFact[];
  reasons: Reason[];
  disputed: DisputedDate[];
  ranges: DateRange[];
  sequences: Sequence[];
  /** Finds the known names, years and numbers in any text. */
  mentionsIn: (text: string) => Mention[];
}

export interface FactOptions {
  /** Extra names of one entity the article does not link itself (curation): [["Emesa", "Homs"]]. */
  aliases?: string[][];
}

const NAME_RE = new RegExp(NAME, 'gu');
const PERSON_WITH_TITLE = new RegExp(`${PERSON_TITLE}(${NAME})`, 'gu');
const PLACE_LIST = new RegExp(`${PLACE_CUE}(${NAME}(?:\\s*,\\s*${NAME})*(?:,?\\s+and\\s+${NAME})?)`, 'gu');
const OTHER_NAME = new RegExp(
  `(${NAME})\\s*\\((?:(?:also\\s+)?(?:called|known as|now)\\s+)?(${NAME})(?:\\s+(?:to|by|in) [^)]*)?\\)`,
  'gu',
);
const KNOWN_AS = new RegExp(`(${NAME}),?\\s+(?:also\\s+)?(?:known|called)\\s+as\\s+(${NAME})`, 'gu');

/** Strips the capitalised words that are not names from both ends and stops at one inside. */
function cleanName(raw: string): string {
  const words = raw.trim().split(/\s+/);
  while (words.length > 0 && NOT_NAMES.has(words[0] ?? '')) words.shift();
  const stop = words.findIndex((word) => NOT_NAMES.has(word));
  const kept = stop === -1 ? words : words.slice(0, stop);
  while (kept.length > 0 && /^(?:ibn|bin|bint|de|von|van|da|di|du|le|la)$/.test(kept[kept.length - 1] ?? ''))
    kept.pop();
  return kept.join(' ');
}

function namesIn(text: string): string[] {
  return [...text.matchAll(NAME_RE)]
    .map((m) => withoutTitle(cleanName(m[0])))
    .filter((n) => n.length > 1 && !/['’]s$/.test(n));
}

/** The subject of the article as a phrase for prompts: "Siege of Emesa (638)" → "the siege of Emesa". */
function subjectOf(title: string, isPerson: boolean): string {
  const bare = bareTitle(title);
  if (isPerson) return bare;
  return /^(?:Battle|Siege|Sack|Fall|Conquest|Capture)\b/.test(bare)
    ? `the ${bare[0]?.toLowerCase()}${bare.slice(1)}`
    : bare;
}

function registerInfobox(article: Article, registry: EntityRegistry): SideFact[] {
  const sides: SideFact[] = [];
  for (const entry of article.infobox) {
    const commander = /^commander\s*(\d*)$/i.exec(entry.key);
    if (commander) {
      const side = infoboxEntry(article, `Combatant${commander[1] ?? ''}`)?.values[0];
      for (const name of entry.values) {
        const person = registry.add(withoutTitle(cleanName(name) || name), 'person');
        if (side) {
          person.side ??= side;
          sides.push({ person, side, line: entry.line });
        }
      }
    }
    if (/^combatant\s*\d*$|^allegiance$/i.test(entry.key))
      for (const value of entry.values) registry.add(value, 'side');
    if (/^(?:place|location)$/i.test(entry.key)) {
      for (const value of entry.values) registry.add(cleanName(value) || value, 'place');
    }
    if (/^(?:born|died)$/i.test(entry.key)) {
      for (const value of entry.values) {
        if (!/\d/.test(value) && cleanName(value)) registry.add(cleanName(value), 'place');
      }
    }
  }
  return sides;
}

function registerProse(text: string, registry: EntityRegistry): void {
  for (const name of namesIn(text)) {
    if (/\s(?:ibn|bin|bint)\s/.test(name)) registry.add(name, 'person');
  }
  for (const match of text.matchAll(PERSON_WITH_TITLE)) {
    const name = cleanName(match[1] ?? '');
    if (name && !registry.find(name)) registry.add(name, 'person');
  }
  for (const match of text.matchAll(PLACE_LIST)) {
    // "to the Danes", "against the Byzantines": a people, not a place.
    if (/\sthe\s+\S+s$/.test(match[0])) continue;
    // "According to Cassius Dio": a source, not a place.
    if (/\baccording\s*$/i.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    for (const name of namesIn(match[1] ?? '')) {
      if (/\s(?:ibn|bin)\s/.test(name) || registry.find(name)) continue;
      registry.add(name, 'place');
    }
  }
}

function registerOtherNames(text: string, registry: EntityRegistry): void {
  for (const pattern of [OTHER_NAME, KNOWN_AS]) {
    for (const match of text.matchAll(pattern)) {
      const first = cleanName(match[1] ?? '');
      const second = cleanName(match[2] ?? '');
      const entity = registry.find(first) ?? registry.find(second);
      if (entity && first && second && nameKey(first) !== nameKey(second)) {
        registry.alias(entity, entity === registry.find(first) ? second : first);
      }
    }
  }
}

/** Every name in the text that is a spelling variant or short form of a known entity joins it. */
function registerVariants(text: string, registry: EntityRegistry): void {
  for (const name of new Set(namesIn(text))) {
    const entity = registry.find(name);
    if (entity && !entity.names.includes(name)) registry.alias(entity, name);
  }
}

/** "Iyadh in turn sent Habib": the one sent serves the sender's side. */
function propagateSides(sentences: SentenceFacts[]): void {
  for (const { sentence, mentions } of sentences) {
    const sent = sentence.search(/\bsent\b/);
    if (sent === -1) continue;
    const people = mentions.filter((m) => m.kind === 'person' && m.entity);
    const sender = people.find((m) => m.index < sent && m.entity?.side);
    if (!sender?.entity?.side) continue;
    for (const m of people)
      if (m.index > sent && m.entity && !m.entity.side) m.entity.side = sender.entity.side;
  }
}

/** Reads the facts of an article: who, where, when, how many, why. Pure and deterministic. */
export function extractFacts(article: Article, options: FactOptions = {}): Facts {
  const registry = new EntityRegistry();
  const isBiography = article.infobox.some((e) => /^(?:born|died)$/i.test(e.key));
  const subject = subjectOf(article.title, isBiography);
  if (isBiography) registry.add(subject, 'person');
  const sides = registerInfobox(article, registry);
  const paragraphs = allParagraphs(article);
  const blocks = [...paragraphs.map((p) => p.text), ...article.infobox.map((e) => e.line)];
  for (const block of blocks) registerProse(block, registry);
  for (const group of options.aliases ?? []) {
    const [first, ...others] = group;
    const entity = first === undefined ? undefined : (registry.find(first) ?? registry.add(first, 'place'));
    if (entity) for (const other of others) registry.alias(entity, other);
  }
  const quoted = paragraphs.flatMap((p) => p.sentences.map((sentence) => ({ sentence, section: p.section })));
  const sequences = extractSequences(quoted);
  for (const item of sequences.flatMap((s) => s.items)) if (!registry.find(item)) registry.add(item, 'place');
  for (const block of blocks) registerOtherNames(block, registry);
  for (const block of [...blocks, article.title]) registerVariants(block, registry);

  const find = mentionFinder(registry.entities.filter((e) => e.kind === 'person' || e.kind === 'place'));
  const reference = subjectReference(article);
  const subjectEntity = reference && registry.find(reference.name);
  const namesOtherPerson = (sentence: string) =>
    find(sentence).some((m) => m.kind === 'person' && m.entity !== subjectEntity);
  const sentences: SentenceFacts[] = paragraphs.flatMap((paragraph) => {
    const read = readSubjectPronouns(
      paragraph.sentences,
      reference,
      article.lead.includes(paragraph),
      namesOtherPerson,
    );
    return paragraph.sentences.map((quote, i) => {
      const sentence = read[i] ?? quote;
      return {
        sentence,
        section: paragraph.section,
        mentions: find(sentence),
        ...(sentence !== quote ? { quote } : {}),
      };
    });
  });
  propagateSides(sentences);
  return {
    title: article.title,
    subject,
    ...(reference ? { reference } : {}),
    registry,
    sentences,
    sides,
    reasons: extractReasons(quoted),
    disputed: extractDisputedDates(quoted),
    ranges: extractRanges(quoted),
    sequences,
    mentionsIn: find,
  };
}
