import type { Question, Topic } from '../shared/deck';
import { amountSpellings, sharesAWord } from './distractors';
import type { Facts } from './facts';
import { nameKey, withoutTitle } from './names';
import { type Article, bareTitle } from './parse-article';
import { escapeRegExp, MILITARY_UNIT, MONTH, NAME, OPENING_YEAR } from './patterns';
import { capitalise, choiceOptions, clip, factId, questionId, seededShuffle } from './question-kit';
import { subjectNames } from './subject-pronouns';

/**
 * Headline facts mined from the lead when there is no infobox: what the subject is, who made,
 * founded or appointed it, when, its years in office, where it lies, what it is called, what
 * it was made of, which unit it served under, its population. Each is asked as a real
 * question with the fact as the answer ("By whom was Manila founded?" → Miguel López de
 * Legazpi), and only from a sentence whose subject is the article's subject.
 */

/** "on June 24, 1571", "in November 1859", "in 1813", "on 11 November 1805". */
const DATE = new RegExp(
  String.raw`\b(?:on|in)\s+((?:(?:\d{1,2}\s+)?(?:${MONTH})\s+(?:\d{1,2},\s+)?)?(\d{3,4}))(?!\d|s\b)`,
);
/** Past participles a headline fact hangs on. */
const PARTICIPLE =
  '(?:founded|built|produced|designed|manufactured|commanded|led|established|discovered|created|sculpted|carved|made|raised|formed|appointed|elected|launched|commissioned|named|invented|developed|written|painted|crowned|succeeded|adopted|defeated|captured|assassinated|killed|deposed|exiled|ordered|deployed|used|operated|fought|shot down|sunk|scuttled|destroyed|conquered|besieged|abandoned|completed|converted|renamed|reclassified|declared)';
/**
 * "during the Rhodesian Bush War", "during the Malayan Emergency": the conflict a fact belongs
 * to, when no "and" starts another fact before it ("produced in the 1930s and deployed during…").
 */
const DURING_WAR =
  /^(?:(?!\band\b)[^;])*?\bduring\s+the\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,5}(?:War|Wars|Revolution|Rebellion|Campaign|Crusade|Uprising|Emergency|Invasion|Conflict|Insurgency)(?:\s+(?:I|II|III)\b)?)/u;
const BY_NAME = new RegExp(
  String.raw`\bby\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?=\p{Ll}))?(?:\p{Ll}+\s+(?=\p{Lu}))?(${NAME})`,
  'u',
);
/** Offices before a name: "President George Washington" is asked as George Washington. */
const OFFICE =
  /^(?:President|Governor|Senator|Pope|Sir|Lord|Bishop|Archbishop|Major|Lieutenant|Spanish|French|British|English|German|Roman)\s+(?=\p{Lu})/u;
/** "Roman Emperor", "Archbishop of York": an office, not a person. */
export const OFFICE_WORD =
  /\b(?:Emperor|Empress|King|Queen|Pope|President|Governor|Senator|Consul|Archbishop|Bishop|Archdeacon|Chancellor|Prime Minister|Caliph|Sultan|Shah|Pharaoh|Mayor)\b/;
const PRONOUN_SUBJECT = /^(?:it|he|she|they)$/i;

interface Subject {
  /** The subject as a prompt names it: "the Light Tank Mk VII", "Manila". */
  name: string;
  /** The sentence after the subject: "was a British light tank produced by…". */
  predicate: string;
  verb: string;
  plural: boolean;
  /** The clause before the subject, if any: "In 1938, she was converted…" → "In 1938". */
  opening: string;
}

/** Words that stand for the article's subject: the title, its words, "the heads". */
function subjectWords(article: Article, facts: Facts): Set<string> {
  const bare = bareTitle(article.title);
  const keys = new Set([nameKey(bare), nameKey(facts.subject), ...subjectNames(article).map(nameKey)]);
  for (const word of bare.split(/\s+/)) if (word.length > 3) keys.add(nameKey(word));
  return keys;
}

/**
 * "The Light Tank Mk VII (A17), also known as the Tetrarch, was a British light tank…" →
 * the subject "the Light Tank Mk VII" and its predicate; undefined when the sentence is about
 * something else. A pronoun stands for the subject only in the lead.
 */
export function subjectOf(
  sentence: string,
  keys: ReadonlySet<string>,
  fallback: string,
): Subject | undefined {
  const tidy = sentence
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/,\s*also (?:known|called) as [^,]+,/, '')
    // "The Battle of Sullivan's Island or the Battle of Fort Sullivan was fought…": its first name.
    .replace(
      /^((?:The\s+)?\p{Lu}[^,]{2,60}?)\s+or\s+(?:the\s+)?\p{Lu}[^,]{2,60}?(?=\s+(?:is|was|are|were)\s)/u,
      '$1',
    );
  const m =
    /^(?:([A-Z][^,]{0,60}),\s+)?((?:(?:The|An?)\s+)?[\p{L}\d.'’-]+(?:\s+[\p{L}\d.'’-]+){0,6}?)\s+(is|was|are|were)\s+(.+)$/u.exec(
      tidy,
    );
  if (!m) return undefined;
  const opening = m[1] ?? '';
  const raw = m[2] ?? '';
  const verb = m[3] ?? '';
  const predicate = m[4] ?? '';
  const bare = raw.replace(/^(?:The|An?)\s+/, '');
  const isSubject =
    PRONOUN_SUBJECT.test(raw) ||
    keys.has(nameKey(bare)) ||
    bare.split(/\s+/).every((w) => keys.has(nameKey(w)) || /^[A-Z]{1,3}$|^Mk$|^[IVX]+$|^No\.$|^\d+$/.test(w));
  if (!isSubject) return undefined;
  const name = PRONOUN_SUBJECT.test(raw) ? fallback : raw.replace(/^(The|An?)\b/, (w) => w.toLowerCase());
  return { name, predicate, verb, opening, plural: /^(?:are|were)$/.test(verb) || /^they$/i.test(raw) };
}

interface Made {
  topic: Topic;
  prompt: string;
  answer: string;
  accepted?: string[];
  /** Wrong options of the same kind; multiple choice when there are three. */
  pool?: string[];
  flashcard?: boolean;
  sentence: string;
  section: string;
  key: string;
}

/** The end of the clause a participle starts: the next semicolon, or a comma not inside a date. */
function clauseOf(text: string): string {
  const end = text.search(/;|,(?!\s*\d)\s|\s(?:which|where|who|while|and then)\s/);
  return (end === -1 ? text : text.slice(0, end)).replace(/[.\s]+$/, '');
}

/** "founded on June 24, 1571 by Spanish conquistador Miguel López de Legazpi" → by whom, in which year. */
function participleFacts(s: Subject, sentence: string, section: string, people: string[]): Made[] {
  const out: Made[] = [];
  // "Manila is the capital…, founded in 1571": the founding is past whatever the copula's tense.
  const be = s.plural ? 'were' : 'was';
  for (const m of s.predicate.matchAll(new RegExp(String.raw`\b(${PARTICIPLE})\b`, 'g'))) {
    const participle = m[1] ?? '';
    // "…was a British light tank produced by…" or "was appointed…": only the copula's own clause.
    if (/[;]|\b(?:which|who|whose|where)\b/.test(s.predicate.slice(0, m.index))) break;
    const clause = clauseOf(s.predicate.slice((m.index ?? 0) + participle.length));
    const by = BY_NAME.exec(clause);
    // "In 1938, she was converted into a repair ship": the date may open the sentence, when the
    // opening is nothing but that date ("After graduating in 1934, he was appointed…" dates the graduation).
    const openingDate = OPENING_YEAR.test(s.opening.replace(/\d{3,4}$/, ''))
      ? DATE.exec(s.opening.replace(/^\p{Lu}/u, (c) => c.toLowerCase()))
      : null;
    const date = DATE.exec(clause) ?? openingDate;
    // What else the clause says, without the date and the agent: "to the US Senate".
    const rest = clause
      .replace(by ? by[0] : '\u0000', '')
      .replace(date ? date[0] : '\u0000', '')
      .replace(/\b(?:in|during)\s+the\s+(?:early|late|mid)\S*\s+\d{3,4}s\b/, '')
      .replace(/\s+and\s+.*$/, '')
      .replace(/^\s*(?:then|later|also|originally|first)\b/, '')
      .replace(/\s+/g, ' ')
      .trim();
    // "to the US Senate", "emperor", "a Companion of the Order of the Bath": what the clause adds.
    const size = rest ? rest.split(' ').length : 0;
    const tail =
      size > 0 && (size <= 8 || (/^(?:to|as|for|from|at|into)\b/.test(rest) && size <= 12)) ? ` ${rest}` : '';
    if (by) {
      const agent = withoutTitle((by[1] ?? '').replace(OFFICE, ''));
      if (agent && !/^(?:The|A|An)$/.test(agent))
        out.push({
          topic: people.includes(agent) ? 'commanders' : 'strategy',
          prompt: `By whom ${be} ${s.name} ${participle}${tail}?`,
          answer: agent,
          accepted: by[1] !== agent ? [by[1] ?? ''] : [],
          // A person's name ("Miguel López de Legazpi") is chosen among the article's people.
          pool:
            people.includes(agent) || /^\p{Lu}\p{Ll}+(?:\s+(?:de\s+|von\s+)?\p{Lu}[\p{Ll}-]+)+$/u.test(agent)
              ? people
              : undefined,
          sentence,
          section,
          key: `${participle}${tail}|by`,
        });
    }
    // "…was fought on June 28, 1776, during the American Revolutionary War": which war it was part of.
    const war = DURING_WAR.exec(s.predicate.slice(m.index));
    if (war?.[1])
      out.push({
        topic: 'strategy',
        prompt: `During which conflict ${be} ${s.name} ${participle}${tail}?`,
        answer: war[1],
        sentence,
        section,
        key: 'war',
      });
    if (date?.[2] && !/\b(?:BC|BCE)\b/.test(clause)) {
      out.push({
        topic: 'dates',
        prompt: `In which year ${be} ${s.name} ${participle}${tail}?`,
        answer: date[2],
        accepted: date[1] !== date[2] ? [date[1] ?? ''] : [],
        sentence,
        section,
        key: `${participle}|when`,
      });
    }
    break;
  }
  return out;
}

/** Facts stated about the subject in one sentence, each with its question. */
function subjectFacts(s: Subject, sentence: string, section: string, people: string[]): Made[] {
  const out = participleFacts(s, sentence, section, people);
  const be = s.plural ? 'were' : s.verb === 'is' ? 'is' : 'was';
  const at = (key: string, made: Omit<Made, 'sentence' | 'section' | 'key'>) =>
    out.push({ ...made, sentence, section, key });
  // "was Roman Emperor from 96 to 98": the years in office.
  const span =
    /^(?:the\s+)?([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,3})\s+from\s+(\d{1,4})\s+to\s+(\d{1,4})\b/u.exec(
      s.predicate,
    );
  if (span) {
    at('from', {
      topic: 'dates',
      prompt: `From which year ${be} ${s.name} ${span[1]}?`,
      answer: span[2] ?? '',
    });
    at('until', {
      topic: 'dates',
      prompt: `Until which year ${be} ${s.name} ${span[1]}?`,
      answer: span[3] ?? '',
    });
    if (OFFICE_WORD.test(span[1] ?? ''))
      at('office', {
        topic: 'commanders',
        prompt: `Which office did ${s.name} hold from ${span[2]} to ${span[3]}?`,
        answer: span[1] ?? '',
      });
  }
  // "is a British light tank produced by…": what the subject is, as a flashcard.
  const definition =
    /^(an?)\s+((?:[\p{L}-]+\s+){0,5}?[\p{L}-]+?)(?=\s+(?:of|in|from|that|which|who|with|(?:\p{Ll}+ed|built|made|sunk|shot|known|held|fought|won|laid|set|begun|written|drawn|led)\s+(?:by|with|from|in|on|at|for|during)|and\s+\p{Ll}+ed)\b|[,.;]|$)/u.exec(
      s.predicate,
    );
  if (
    definition &&
    !/^(?:one|part|member|number|series|type|kind|class)$/.test(definition[2]?.split(' ')[0] ?? '')
  )
    at('is', {
      topic: 'strategy',
      prompt: `What ${be} ${s.name}?`,
      answer: capitalise(`${definition[1]} ${definition[2]}`),
      flashcard: true,
    });
  // "are at least seventeen monumental stone representations…": how many there are.
  const count =
    /^(?:at least|about|some|over|around)?\s*(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\d{1,3}(?:,\d{3})*)\s+/i.exec(
      s.predicate,
    );
  if (count?.[1] && s.plural)
    at('count', {
      topic: 'numbers',
      prompt: `How many ${s.name.replace(/^the\s+/i, '')} are known?`,
      answer: count[1],
      accepted: amountSpellings(count[1]),
    });
  // "It is situated on the eastern shore of Manila Bay".
  const situated = new RegExp(
    String.raw`^(?:situated|located|found|set)\s+(?:on|in|at|near|along)\s+(?:the\s+[\p{Ll}\s]+?\s+of\s+)?(?:the\s+)?(${NAME})`,
    'u',
  ).exec(s.predicate);
  if (situated?.[1])
    at('where', {
      topic: 'places',
      prompt: `Where ${be} ${s.name} situated?`,
      answer: situated[1],
      pool: [],
    });
  // "protected by iron or steel armor plates", "armed with a 2-pounder gun": what it carries.
  const carries =
    /\b(protected|armed|equipped|powered)\s+(by|with)\s+((?:an?\s+)?[\p{Ll}\d][\p{Ll}\d\s-]{2,50}?)(?=\s+(?:used|and|which|that|in|during|from)\b|[,.;]|$)/u.exec(
      s.predicate,
    );
  if (carries?.[3])
    at('carries', {
      topic: 'strategy',
      prompt: `${carries[2] === 'by' ? 'By' : 'With'} what ${be} ${s.name} ${carries[1]}?`,
      answer: capitalise(carries[3]),
      flashcard: true,
    });
  // "sculpted from large basalt boulders": the material.
  const material =
    /\b(?:sculpted|carved|made|built|constructed|cast|hewn)\s+(?:from|of|out of)\s+(?:(?:large|small|huge|single|solid|massive)\s+)?([a-z]+)(?:\s+(boulders|blocks|stones?|rocks?|slabs))?\b/.exec(
      s.predicate,
    );
  if (material?.[1] && !/^(?:a|an|the|its|their|his|her)$/.test(material[1]))
    at('material', {
      topic: 'strategy',
      prompt: `From what material ${be} ${s.name} ${/sculpted|carved/.test(material[0]) ? 'sculpted' : 'made'}?`,
      answer: material[1],
      accepted: material[2] ? [`${material[1]} ${material[2]}`] : [],
    });
  return out;
}

/** Facts about the subject that need no particular sentence shape. */
function phraseFacts(
  sentence: string,
  section: string,
  name: string,
  be: string,
  aboutSubject: boolean,
): Made[] {
  const out: Made[] = [];
  const nickname =
    /\b(?:moniker|nickname|sobriquet)\s+of\s+(?:the\s+)?["“]([^"”]{3,40})["”]|\b(?:nicknamed|known as)\s+(?:the\s+)?["“]([^"”]{3,40})["”]/.exec(
      sentence,
    );
  const nick = nickname?.[1] ?? nickname?.[2];
  if (nick)
    out.push({
      topic: 'strategy',
      prompt: `By what nickname ${be === 'were' ? 'were' : 'is'} ${name} known?`,
      answer: nick,
      accepted: [`the ${nick}`],
      sentence,
      section,
      key: 'nickname',
    });
  const population =
    /\bpopulation\s+(?:of\s+the\s+city\s+was|of)\s+(\d{1,3}(?:,\d{3})+)(?:\s+in\s+(\d{4}))?/.exec(sentence);
  if (population?.[1])
    out.push({
      topic: 'numbers',
      prompt: `What was the population of ${name}${population[2] ? ` in ${population[2]}` : ''}?`,
      answer: population[1],
      accepted: [population[1].replace(/,/g, '')],
      sentence,
      section,
      key: 'population',
    });
  const unit = new RegExp(
    String.raw`\b(under the (?:control|command) of|attached to|part of|assigned to|a component of)\s+(?:the\s+)?(${MILITARY_UNIT})`,
    'u',
  ).exec(sentence);
  // The unit a squadron serves under, said of the subject itself.
  if (unit?.[2] && aboutSubject && be) {
    const relation = unit[1] ?? '';
    const question = /^under/.test(relation)
      ? `Under the ${relation.includes('command') ? 'command' : 'control'} of which unit ${be} ${name}?`
      : /^(?:attached|assigned)/.test(relation)
        ? `To which unit ${be} ${name} ${relation.split(' ')[0]}?`
        : `Of which unit ${be} ${name} a part?`;
    out.push({ topic: 'commanders', prompt: question, answer: unit[2], sentence, section, key: 'unit' });
  }
  return out;
}

/** "Frank Headlam was born on 15 July 1914 in Launceston, Tasmania" → Where was Headlam born? */
function birthplaceFact(facts: Facts): Made | undefined {
  const person = facts.reference?.everywhere && facts.reference.pronoun !== 'it' ? facts.reference.name : '';
  if (!person) return undefined;
  const born = new RegExp(
    String.raw`${escapeRegExp(person)}\s+was born\s+(?:on\s+[^,;]{3,30}?\s+)?in\s+(?:the\s+(?:village|town|city)\s+of\s+)?(${NAME})(?:,\s+(${NAME}))?`,
    'u',
  );
  for (const { sentence, quote = sentence, section } of facts.sentences) {
    const m = born.exec(sentence);
    if (!m?.[1]) continue;
    return {
      topic: 'places',
      prompt: `Where was ${person} born?`,
      answer: m[1],
      accepted: m[2] ? [`${m[1]}, ${m[2]}`] : [],
      sentence: quote,
      section,
      key: 'born',
    };
  }
  return undefined;
}

/** The headline facts of the lead (and of the body for a nickname or a population). */
export function leadFactQuestions(article: Article, facts: Facts): Question[] {
  const keys = subjectWords(article, facts);
  const people = facts.registry.ofKind('person').map((p) => p.name);
  const made: Made[] = [];
  const fallback = facts.subject;
  const leadCount = article.lead.reduce((n, p) => n + p.sentences.length, 0);
  // Read with the subject's name for its pronoun ("Asahi was sunk…"), quoted as written.
  for (const { sentence, quote = sentence, section } of facts.sentences.slice(0, leadCount)) {
    const s = subjectOf(sentence, keys, fallback);
    if (s) made.push(...subjectFacts(s, quote, section, people));
    made.push(...phraseFacts(quote, section, fallback, s ? (s.plural ? 'were' : s.verb) : '', Boolean(s)));
  }
  for (const { sentence, quote = sentence, section } of facts.sentences.slice(leadCount))
    if (/\b(?:moniker|nickname|population)\b/.test(sentence))
      made.push(...phraseFacts(quote, section, fallback, 'is', false));
  const birthplace = birthplaceFact(facts);
  if (birthplace) made.push(birthplace);
  const seen = new Set<string>();
  const questions: Question[] = [];
  for (const m of made) {
    if (seen.has(m.key) || !m.answer || keys.has(nameKey(m.answer))) continue;
    seen.add(m.key);
    questions.push(toQuestion(m));
  }
  return questions;
}

function toQuestion(m: Made): Question {
  const fact = factId(m.topic, m.sentence, m.answer, m.key);
  const seed = `${fact}|options`;
  const base = {
    factId: fact,
    topic: m.topic,
    prompt: m.prompt,
    answer: m.answer,
    explanation: clip(m.sentence),
    fact: clip(m.sentence),
    source: { section: m.section, quote: m.sentence },
  };
  if (m.flashcard) return { id: questionId(fact, 'flashcard'), type: 'flashcard', ...base };
  const wrong = seededShuffle(m.pool ?? [], seed).filter(
    (n) => !sharesAWord(n, m.answer) && !m.sentence.includes(n),
  );
  const options = m.pool ? choiceOptions(m.answer, wrong, seed) : undefined;
  if (options) return { id: questionId(fact, 'multiple-choice'), type: 'multiple-choice', options, ...base };
  const accepted = [...new Set((m.accepted ?? []).filter((a) => a && a !== m.answer))];
  return { id: questionId(fact, 'typed'), type: 'typed', ...base, ...(accepted.length ? { accepted } : {}) };
}
