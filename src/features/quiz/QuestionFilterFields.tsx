import type { DeckRow } from '../../db/app-db';
import { QUIZ_TYPES, type QuestionFilter } from '../../domain/quiz/quiz-plan';
import { QUESTION_TYPE_NAMES, TOPICS } from '../../domain/shared/deck';

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list, item] : list.filter((x) => x !== item);
}

/** What a new quiz asks at first: every topic and every type a quiz can grade, ten questions. */
export const DEFAULT_QUESTION_FILTER: QuestionFilter = { topics: TOPICS, types: QUIZ_TYPES, count: 10 };

/** Fields shared by the practice setup and the assignment builder: which questions to ask, how many. */
export function QuestionFilterFields({
  value,
  onChange,
}: {
  value: QuestionFilter;
  onChange: (filter: QuestionFilter) => void;
}) {
  const { topics, types, count } = value;
  return (
    <>
      <fieldset className="checks">
        <legend>Topics</legend>
        {TOPICS.map((topic) => (
          <label key={topic}>
            <input
              type="checkbox"
              checked={topics.includes(topic)}
              onChange={(e) => onChange({ ...value, topics: toggle(topics, topic, e.target.checked) })}
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
              onChange={(e) => onChange({ ...value, types: toggle(types, type, e.target.checked) })}
            />{' '}
            {QUESTION_TYPE_NAMES[type]}
          </label>
        ))}
      </fieldset>
      <label>
        Number of questions
        <input
          type="number"
          min={1}
          max={200}
          value={count}
          onChange={(e) => onChange({ ...value, count: Number(e.target.value) })}
        />
      </label>
    </>
  );
}

export function DeckSelect({
  decks,
  value,
  onChange,
}: {
  decks: readonly DeckRow[] | undefined;
  value: string;
  onChange: (deckId: string) => void;
}) {
  return (
    <label>
      Deck
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {decks?.map((deck) => (
          <option key={deck.id} value={deck.id}>
            {deck.title}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Minutes as typed ("" for no limit), so the field can be emptied. */
export function TimeLimitField({ value, onChange }: { value: string; onChange: (minutes: string) => void }) {
  return (
    <label>
      Time limit in minutes (empty: none)
      <input type="number" min={1} max={600} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
