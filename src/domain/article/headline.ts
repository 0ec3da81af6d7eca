import type { Question } from '../shared/deck';
import { onePerEntity, sharesAWord } from './distractors';
import type { Facts } from './facts';
import { forcesOf } from './infobox-questions';
import { type Article, type InfoboxEntry, infoboxEntry } from './parse-article';
import { capitalise, choiceOptions, factId, questionId, seededShuffle } from './question-kit';

/**
 * The headline facts a teacher always asks, beyond what infobox-questions.ts covers: who
 * commanded each side (as "Who commanded…?" with the other commanders as choices, even when
 * the infobox gives no side) and, for a life, the years of birth and death from the lead's
 * "(21 September 1758 – 1 March 1827)".
 */

export function commanderQuestions(article: Article, facts: Facts): Question[] {
  const questions: Question[] = [];
  const commanders = article.infobox.filter((e) => /^commander\s*\d*$/i.test(e.key));
  const everyone = commanders.flatMap((e) => e.values);
  const people = facts.registry.ofKind('person').map((p) => p.name);
  for (const entry of commanders) {
    const side = infoboxEntry(article, `Combatant${/\d+$/.exec(entry.key)?.[0] ?? ''}`)?.values[0];
    const others = everyone.filter((n) => !entry.values.includes(n));
    for (const name of entry.values.slice(0, 3)) {
      const fact = factId('commanders', entry.line, name, 'who');
      const seed = `${fact}|options`;
      // Without a side every commander is a right answer to "Which of these was a commander?": only non-commanders may be wrong options.
      const pool = [...(side ? seededShuffle(others, seed) : []), ...seededShuffle(people, seed)].filter(
        (n) =>
          !entry.values.some((v) => sharesAWord(v, n)) && (side || !everyone.some((c) => sharesAWord(c, n))),
      );
      const options = choiceOptions(
        name,
        onePerEntity([name, ...pool], facts.registry).filter((n) => n !== name),
        seed,
      );
      if (!options) {
        // Too few other people to choose from: the name is typed instead.
        if (side) questions.push(typedCommander(entry, name, side, facts));
        continue;
      }
      const prompt = side
        ? `Who commanded ${forcesOf(side)} in ${facts.subject}?`
        : `Which of these was a commander in ${facts.subject}?`;
      questions.push({
        id: questionId(fact, 'multiple-choice'),
        factId: fact,
        topic: 'commanders',
        type: 'multiple-choice',
        prompt,
        answer: name,
        options,
        explanation: side ? `${name} commanded ${forcesOf(side)}.` : `${name} was a commander.`,
        fact: side ? `${name} commanded ${forcesOf(side)}.` : `${name} was a commander in ${facts.subject}.`,
        source: { section: 'Infobox', quote: entry.line },
      });
    }
  }
  return questions;
}

/** "Together with Aldo Brecht, who commanded the forces of the Kingdom of Ostmark in …?" */
function typedCommander(entry: InfoboxEntry, name: string, side: string, facts: Facts): Question {
  const fact = factId('commanders', entry.line, name, 'who');
  const partners = entry.values.filter((v) => v !== name);
  const together = partners.length > 0 ? `Together with ${partners.join(' and ')}, who` : 'Who';
  return {
    id: questionId(fact, 'typed'),
    factId: fact,
    topic: 'commanders',
    type: 'typed',
    prompt: `${together} commanded ${forcesOf(side)} in ${facts.subject}?`,
    answer: name,
    accepted: (facts.registry.find(name)?.names ?? []).filter((n) => n !== name),
    explanation: `${name} commanded ${forcesOf(side)}.`,
    fact: `${name} commanded ${forcesOf(side)}.`,
    source: { section: 'Infobox', quote: entry.line },
  };
}

const LIFE =
  /^([^()]{2,80}?)\s*\([^()]*?((?:\w+\s+)?(?:\d{1,2},?\s+)?(?:\w+,?\s+)?(\d{1,4})(?:\s*(?:AD|BC|BCE|CE))?)\s*[–—-]\s*((?:\w+\s+)?(?:\d{1,2},?\s+)?(?:\w+,?\s+)?(\d{1,4})(?:\s*(?:AD|BC|BCE|CE))?)\s*\)\s*(?:was|is)\b/;

export function lifeQuestions(article: Article, facts: Facts): Question[] {
  const first = article.lead[0]?.sentences[0];
  const life = first ? LIFE.exec(first) : null;
  if (!first || !life) return [];
  const name = facts.title.replace(/\s*\([^)]*\)$/, '');
  const era = (text: string) => (/\b(?:BC|BCE)\b/.test(text) ? ' BC' : '');
  const ask = (verb: 'born' | 'died', dateText: string, year: string): Question => {
    const fact = factId('dates', first, verb);
    const answer = `${year}${era(dateText)}`;
    return {
      id: questionId(fact, 'typed'),
      factId: fact,
      topic: 'dates',
      type: 'typed',
      prompt: verb === 'born' ? `In which year was ${name} born?` : `In which year did ${name} die?`,
      answer,
      accepted: [dateText.trim(), ...(era(dateText) ? [`${year} BCE`] : [`${year} AD`, `AD ${year}`])].filter(
        (a) => a !== answer,
      ),
      explanation: `${capitalise(name)} ${verb === 'born' ? 'was born' : 'died'} in ${dateText.trim()}.`,
      fact: `${capitalise(name)} ${verb === 'born' ? 'was born' : 'died'} in ${dateText.trim()}.`,
      source: { section: 'Lead', quote: first },
    };
  };
  return [ask('born', life[2] ?? '', life[3] ?? ''), ask('died', life[4] ?? '', life[5] ?? '')];
}
