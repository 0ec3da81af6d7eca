import { type QuestionType, TOPICS, type Topic } from '../../domain/deck';
import { QUIZ_TYPES } from '../../domain/quiz-plan';

const TYPE_NAMES: Record<QuestionType, string> = {
  flashcard: 'Flashcard',
  'multiple-choice': 'Multiple choice',
  'true-false': 'True / false',
  typed: 'Typed answer',
  cloze: 'Fill the gap',
  ordering: 'Ordering',
  matching: 'Matching',
};

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list, item] : list.filter((x) => x !== item);
}

/** Topic and question-type checkboxes, shared by the practice setup and the assignment builder. */
export function QuestionFilterFields({
  topics,
  types,
  onTopics,
  onTypes,
}: {
  topics: readonly Topic[];
  types: readonly QuestionType[];
  onTopics: (topics: Topic[]) => void;
  onTypes: (types: QuestionType[]) => void;
}) {
  return (
    <>
      <fieldset className="checks">
        <legend>Topics</legend>
        {TOPICS.map((topic) => (
          <label key={topic}>
            <input
              type="checkbox"
              checked={topics.includes(topic)}
              onChange={(e) => onTopics(toggle(topics, topic, e.target.checked))}
            />{' '}
            {topic}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks">
        <legend>Question types</legend>
        {QUIZ_TYPES.map((type) => (
          <label key={type}>
            <input
              type="checkbox"
              checked={types.includes(type)}
              onChange={(e) => onTypes(toggle(types, type, e.target.checked))}
            />{' '}
            {TYPE_NAMES[type]}
          </label>
        ))}
      </fieldset>
    </>
  );
}
