import type { DeckRow } from '../../db/app-db';
import { QUESTION_TYPE_NAMES, type QuestionType, TOPICS, type Topic } from '../../domain/deck';
import { QUIZ_TYPES } from '../../domain/quiz-plan';

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list, item] : list.filter((x) => x !== item);
}

/** Fields shared by the practice setup and the assignment builder: what to ask, from which deck, how long. */
export function QuestionFilterFields({
  topics,
  types,
  count,
  onTopics,
  onTypes,
  onCount,
}: {
  topics: readonly Topic[];
  types: readonly QuestionType[];
  count: number;
  onTopics: (topics: Topic[]) => void;
  onTypes: (types: QuestionType[]) => void;
  onCount: (count: number) => void;
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
          onChange={(e) => onCount(Number(e.target.value))}
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
