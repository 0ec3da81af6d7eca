import { ChoiceAnswer } from './ChoiceAnswer';
import { MatchingAnswer } from './MatchingAnswer';
import { OrderingAnswer } from './OrderingAnswer';
import { TypedAnswer } from './TypedAnswer';
import type { AnswerWidgetProps } from './types';

/** True for question types the app checks itself (everything but flashcards). */
export function isAutoChecked(type: AnswerWidgetProps['question']['type']): boolean {
  return type !== 'flashcard';
}

/**
 * The widget for a question's type; nothing for a flashcard (the learner reveals and
 * grades it). Give it `key={question.id}` so each question starts fresh.
 */
export function AnswerWidget(props: AnswerWidgetProps) {
  switch (props.question.type) {
    case 'multiple-choice':
    case 'true-false':
      return <ChoiceAnswer {...props} />;
    case 'typed':
    case 'cloze':
      return <TypedAnswer {...props} />;
    case 'ordering':
      return <OrderingAnswer {...props} />;
    case 'matching':
      return <MatchingAnswer {...props} />;
    case 'flashcard':
      return null;
  }
}
