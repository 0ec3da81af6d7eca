import type { Question } from '../shared/deck';
import type { Facts } from './facts';
import { choiceOptions, factId, questionId, seededShuffle } from './question-kit';
import type { Reason } from './reasons';

/** Strategy questions: purposes, causes and outcomes, each asked as a flashcard and a choice. */

const ASK: Record<Reason['kind'], string> = {
  purpose: 'For what purpose?',
  'part-of': 'As part of what?',
  achievement: 'What did it achieve?',
  trigger: 'When did this happen?',
};

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** "Event, to do X." — an event joined to a reason the way the article's own sentences join them. */
function statement(event: string, kind: Reason['kind'], reason: string): string {
  if (kind === 'purpose') return `${event}, ${lowerFirst(reason)}.`;
  if (kind === 'part-of') return `${event} as part of ${lowerFirst(reason)}.`;
  if (kind === 'trigger') return `${event} ${lowerFirst(reason)}.`;
  return `${event}. ${reason}.`;
}

/** "In late 1944." is no event to ask the reason of: an event says who did what. */
const MIN_EVENT_WORDS = 4;

export function reasonQuestions(facts: Facts): Question[] {
  return facts.reasons.flatMap((reason) => {
    if (reason.event.split(/\s+/).length < MIN_EVENT_WORDS) return [];
    const fact = factId('strategy', reason.sentence, reason.kind);
    const source = { section: reason.section, quote: reason.sentence };
    const explanation = `${reason.event}: ${reason.reason.charAt(0).toLowerCase()}${reason.reason.slice(1)}.`;
    const questions: Question[] = [
      {
        id: questionId(fact, 'flashcard'),
        factId: fact,
        topic: 'strategy',
        type: 'flashcard',
        prompt: `${reason.event}. ${ASK[reason.kind]}`,
        answer: reason.reason,
        explanation,
        source,
      },
    ];
    const seed = `${fact}|options`;
    const sameKind = seededShuffle(
      facts.reasons.filter((r) => r !== reason && r.kind === reason.kind).map((r) => r.reason),
      seed,
    );
    const options = choiceOptions(reason.reason, sameKind, seed);
    if (options) {
      questions.push({
        id: questionId(fact, 'multiple-choice'),
        factId: fact,
        topic: 'strategy',
        type: 'multiple-choice',
        prompt: `${reason.event}. ${ASK[reason.kind]}`,
        answer: reason.reason,
        options,
        explanation,
        source,
      });
    } else if (sameKind[0]) {
      questions.push({
        id: questionId(fact, 'true-false'),
        factId: fact,
        topic: 'strategy',
        type: 'true-false',
        prompt: `True or false? ${statement(reason.event, reason.kind, sameKind[0])}`,
        answer: 'False',
        options: ['True', 'False'],
        explanation: `False. ${explanation}`,
        source,
      });
    }
    return questions;
  });
}
