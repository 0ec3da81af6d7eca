import type { Question } from '../shared/deck';
import { amountSpellings } from './distractors';
import type { Facts } from './facts';
import { type Article, type InfoboxEntry, infoboxEntry } from './parse-article';
import { capitalise, choiceOptions, factId, questionId, seededShuffle } from './question-kit';

/** Questions from the infobox keys the deriver recognises; other keys are kept but not asked. */

type Make = (entry: InfoboxEntry, facts: Facts, article: Article) => Question[];

const source = (entry: InfoboxEntry) => ({ section: 'Infobox', quote: entry.line });
const joined = (entry: InfoboxEntry) => entry.values.join(', ');

function flashcard(
  entry: InfoboxEntry,
  topic: Question['topic'],
  prompt: string,
  answer: string,
  explanation: string,
): Question {
  const fact = factId(topic, entry.line);
  return {
    id: questionId(fact, 'flashcard'),
    factId: fact,
    topic,
    type: 'flashcard',
    prompt,
    answer,
    explanation,
    source: source(entry),
  };
}

/** A typed question on the infobox date: `variant` tells its facts apart ("BC", "range"). */
function typedDate(
  entry: InfoboxEntry,
  facts: Facts,
  variant: string,
  asked: Pick<Question & { type: 'typed' }, 'prompt' | 'answer' | 'accepted'>,
): Question {
  const fact = factId('dates', entry.line, variant);
  return {
    id: questionId(fact, 'typed'),
    factId: fact,
    topic: 'dates',
    type: 'typed',
    ...asked,
    explanation: `${capitalise(facts.subject)} is dated ${joined(entry)}.`,
    source: source(entry),
  };
}

const date: Make = (entry, facts) => {
  const text = joined(entry);
  const bc = /(\d{1,4})\s*(?:BC|BCE)\b/.exec(text)?.[1];
  // "490 BC": the era is part of the answer, never turned into AD.
  if (bc)
    return [
      typedDate(entry, facts, 'BC', {
        prompt: `In which year was ${facts.subject}? (Give the era.)`,
        answer: `${bc} BC`,
        accepted: [`${bc} BCE`],
      }),
    ];
  // "Date: 636–637": the years stay a range, written any usual way.
  const years = /\b(\d{3,4})\s*[–-]\s*(\d{3,4})\b/.exec(text);
  if (years && Number(years[2]) > Number(years[1])) {
    const range = `${years[1]}–${years[2]}`;
    return [
      typedDate(entry, facts, 'range', {
        prompt: `In which years (AD) was ${facts.subject}? (Give the first and the last.)`,
        answer: range,
        accepted: amountSpellings(range),
      }),
    ];
  }
  const ad = /(\d{3,4})(?:\s*(?:AD|CE))?/.exec(text)?.[1];
  const ah = /(\d{1,4})\s*AH\b/.exec(text)?.[1];
  if (!ad) return [];
  const fact = factId('dates', entry.line, 'AD');
  const explanation = ah
    ? `${capitalise(facts.subject)} is dated ${ad} AD, which is ${ah} AH in the Islamic calendar.`
    : `${capitalise(facts.subject)} is dated ${text}.`;
  const questions: Question[] = [
    {
      id: questionId(fact, 'typed'),
      factId: fact,
      topic: 'dates',
      type: 'typed',
      prompt: `In which year (AD) was ${facts.subject}?`,
      answer: ad,
      accepted: [`${ad} AD`, `${ad} CE`],
      explanation,
      source: source(entry),
    },
  ];
  if (ah) {
    const ahFact = factId('dates', entry.line, 'AH');
    questions.push({
      id: questionId(ahFact, 'typed'),
      factId: ahFact,
      topic: 'dates',
      type: 'typed',
      prompt: `${capitalise(facts.subject)} is dated ${ad} AD. Which year is that in the Islamic (AH) calendar?`,
      answer: `${ah} AH`,
      accepted: [ah],
      explanation,
      source: source(entry),
    });
  }
  return questions;
};

const place: Make = (entry, facts) => {
  const answer = entry.values[0];
  const entity = answer ? facts.registry.find(answer) : undefined;
  if (!answer || !entity) return [];
  const fact = factId('places', entry.line);
  const seed = `${fact}|options`;
  const distractors = seededShuffle(
    facts.registry
      .ofKind('place')
      .filter((p) => p !== entity && !entry.values.includes(p.name))
      .map((p) => p.name),
    seed,
  );
  const options = choiceOptions(entity.name, distractors, seed);
  if (!options) return [];
  const others = entity.names.filter((n) => n !== entity.name);
  return [
    {
      id: questionId(fact, 'multiple-choice'),
      factId: fact,
      topic: 'places',
      type: 'multiple-choice',
      prompt: `Where did ${facts.subject} take place?`,
      answer: entity.name,
      options,
      explanation: `${capitalise(facts.subject)} took place at ${joined(entry)}${others.length ? `; the article also calls ${entity.name} ${others.join(', ')}` : ''}.`,
      source: source(entry),
    },
  ];
};

const outcome =
  (prompt: (subject: string) => string): Make =>
  (entry, facts) => {
    if (/^unknown$/i.test(joined(entry))) return [];
    return [
      flashcard(entry, 'strategy', prompt(facts.subject), joined(entry), `The infobox says: ${entry.line}.`),
    ];
  };

/** "Athenians", "Christian Arab tribes": a side named as a people (plural), not as a state. */
const PEOPLE_SIDE = /s$/;
const STATE_PLURAL =
  /(?:States|Islands|Netherlands|Philippines|Lands|Provinces|Emirates|Nations|Territories)$/;

/**
 * A side as the subject or object of a question: "the Athenians", "the Kingdom of Ostmark",
 * "France" (a bare country takes no "the").
 */
export function sideNoun(side: string): string {
  const bare = side.replace(/^the\s+/i, '').trim();
  const people = PEOPLE_SIDE.test(bare) && !STATE_PLURAL.test(bare);
  const titled =
    /\b(?:Empire|Kingdom|Caliphate|Republic|Duchy|Sultanate|Union|Confederacy|Dynasty|Khanate|Principality|Commonwealth|Order|Army|Navy|Emirate|Federation|League|Alliance|Coalition|Crown)\b/.test(
      bare,
    );
  return people || titled || STATE_PLURAL.test(bare) ? `the ${bare}` : bare;
}

/** Who a commander led: "the Athenians", "the forces of the Kingdom of Ostmark". */
export function forcesOf(side: string): string {
  const noun = sideNoun(side);
  const bare = side.replace(/^the\s+/i, '').trim();
  return PEOPLE_SIDE.test(bare) && !STATE_PLURAL.test(bare) ? noun : `the forces of ${noun}`;
}

const BOX_AMOUNT =
  /(?:c\.\s*|ca\.\s*|about\s+|~)?(\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?:[–-]|to)\s*(\d{1,3}(?:,\d{3})+|\d+))?/;

/**
 * "Strength1: 8,000", "Strength2: 11,000–12,000", "4,000 reinforcements from Iraq": how many
 * each side had, the amount (a range stays a range) as the answer, its other spellings accepted.
 */
const strength: Make = (entry, facts, article) => {
  const number = /\d+$/.exec(entry.key)?.[0];
  const side = infoboxEntry(article, `Combatant${number ?? ''}`)?.values[0];
  // Without a side, one strength cannot be told from the other: ask only when there is one.
  if (!side && number) return [];
  const questions: Question[] = [];
  for (const value of entry.values.slice(0, 3)) {
    const match = BOX_AMOUNT.exec(value);
    if (!match) continue;
    const amount = match[2] ? match[0].replace(/^(?:c\.|ca\.|about|~)\s*/, '') : (match[1] ?? '');
    const counted = value
      .slice((match.index ?? 0) + match[0].length)
      .replace(/\s*\([^)]*\)/g, '')
      .trim();
    const noun = /^[a-z][a-z -]*$/i.test(counted) && counted.length <= 40 ? counted : 'troops';
    const fact = factId('numbers', entry.line, value);
    questions.push({
      id: questionId(fact, 'typed'),
      factId: fact,
      topic: 'numbers',
      type: 'typed',
      prompt: side
        ? `How many ${noun} did ${sideNoun(side)} have in ${facts.subject}?`
        : `How many ${noun} took part in ${facts.subject}?`,
      answer: amount,
      accepted: amountSpellings(amount),
      explanation: `The infobox gives ${side ? `the strength of ${sideNoun(side)}` : 'the strength'} as ${joined(entry)}.`,
      source: source(entry),
    });
  }
  return questions;
};

const casualties: Make = (entry, facts, article) => {
  const side = infoboxEntry(article, `Combatant${/\d+$/.exec(entry.key)?.[0] ?? ''}`)?.values[0];
  if (!side || /^unknown$/i.test(joined(entry))) return [];
  return [
    flashcard(
      entry,
      'numbers',
      `What losses did ${sideNoun(side)} suffer in ${facts.subject}?`,
      joined(entry),
      `The infobox gives the losses of ${sideNoun(side)} as: ${joined(entry)}.`,
    ),
  ];
};

const lifeEvent =
  (verb: 'born' | 'died'): Make =>
  (entry, facts) => {
    const year = /\b(\d{3,4})\b/.exec(joined(entry))?.[1];
    const placeName = entry.values.find((v) => !/\d/.test(v));
    const questions: Question[] = [];
    if (year) {
      const fact = factId('dates', entry.line, verb);
      questions.push({
        id: questionId(fact, 'typed'),
        factId: fact,
        topic: 'dates',
        type: 'typed',
        prompt: `In which year ${verb === 'born' ? 'was' : 'did'} ${facts.subject} ${verb === 'born' ? 'born' : 'die'}?`,
        answer: year,
        accepted: [entry.values[0] ?? year],
        explanation: `${facts.subject} ${verb === 'born' ? 'was born' : 'died'}: ${joined(entry)}.`,
        source: source(entry),
      });
    }
    const entity = placeName ? facts.registry.find(placeName) : undefined;
    if (entity) {
      const fact = factId('places', entry.line, verb);
      const seed = `${fact}|options`;
      const options = choiceOptions(
        entity.name,
        seededShuffle(
          facts.registry
            .ofKind('place')
            .filter((p) => p !== entity)
            .map((p) => p.name),
          seed,
        ),
        seed,
      );
      if (options)
        questions.push({
          id: questionId(fact, 'multiple-choice'),
          factId: fact,
          topic: 'places',
          type: 'multiple-choice',
          prompt: `Where ${verb === 'born' ? 'was' : 'did'} ${facts.subject} ${verb === 'born' ? 'born' : 'die'}?`,
          answer: entity.name,
          options,
          explanation: `${facts.subject} ${verb === 'born' ? 'was born' : 'died'}: ${joined(entry)}.`,
          source: source(entry),
        });
    }
    return questions;
  };

const allegiance: Make = (entry, facts) => [
  flashcard(
    entry,
    'commanders',
    `Whom did ${facts.subject} serve?`,
    joined(entry),
    `${facts.subject} served: ${joined(entry)}.`,
  ),
];

const battles: Make = (entry, facts) => {
  const dated = entry.values
    .map((value) => ({ value, year: Number(/\((\d{3,4})\)/.exec(value)?.[1]) }))
    .filter((b) => b.year > 0);
  if (dated.length < 3) return [];
  const sorted = [...dated].sort((a, b) => a.year - b.year).map((b) => b.value.replace(/\s*\(\d{3,4}\)/, ''));
  const fact = factId('dates', entry.line, 'order');
  return [
    {
      id: questionId(fact, 'ordering'),
      factId: fact,
      topic: 'dates',
      type: 'ordering',
      prompt: `Put ${facts.subject}'s battles in time order, earliest first.`,
      answer: sorted.slice(0, 12),
      options: seededShuffle(sorted.slice(0, 12), fact),
      explanation: `In order: ${dated
        .sort((a, b) => a.year - b.year)
        .map((b) => b.value)
        .join(', ')}.`,
      source: source(entry),
    },
  ];
};

const MAKERS: [RegExp, Make][] = [
  [/^date$/i, date],
  [/^(?:place|location)$/i, place],
  [/^result$/i, outcome((s) => `What was the result of ${s}?`)],
  [/^territory$/i, outcome((s) => `What did ${s} mean for the territory?`)],
  [/^part ?of$/i, outcome((s) => `Of which wider conflict was ${s} a part?`)],
  [/^strength\s*\d*$/i, strength],
  [/^casualties\s*\d*$/i, casualties],
  [/^born$/i, lifeEvent('born')],
  [/^died$/i, lifeEvent('died')],
  [/^allegiance$/i, allegiance],
  [/^battles$/i, battles],
];

export function infoboxQuestions(article: Article, facts: Facts): Question[] {
  return article.infobox.flatMap(
    (entry) => MAKERS.find(([key]) => key.test(entry.key))?.[1](entry, facts, article) ?? [],
  );
}
