import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useDeckList, useDeckQuestions } from '../../components/deck-queries';
import { ErrorMessage } from '../../components/error-message';
import { encodeAssignment, newAssignment, openAssignment } from '../../domain/quiz/assignment';
import { pickQuestions } from '../../domain/quiz/quiz-plan';
import { QUESTION_TYPE_NAMES } from '../../domain/shared/deck';
import { MusterError } from '../../domain/shared/errors';
import { useQuestionFinder, useSaveAssignment } from './api';
import { randomId } from './ids';
import {
  DEFAULT_QUESTION_FILTER,
  DeckSelect,
  QuestionFilterFields,
  TimeLimitField,
} from './QuestionFilterFields';

/** The teacher's form: what to ask, and how the class takes it. */
export function BuilderPage() {
  const decks = useDeckList();
  const [deckId, setDeckId] = useState('');
  const chosenDeck = decks.data?.find((d) => d.id === deckId) ?? decks.data?.[0];
  const questions = useDeckQuestions(chosenDeck?.id ?? '');
  const save = useSaveAssignment();
  const findQuestions = useQuestionFinder();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [className, setClassName] = useState('');
  const [teacher, setTeacher] = useState('');
  const [filter, setFilter] = useState(DEFAULT_QUESTION_FILTER);
  const [pickByHand, setPickByHand] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const [shuffleQuestions, setShuffleQuestions] = useState(true);
  const [shuffleOptions, setShuffleOptions] = useState(true);
  const [timeLimit, setTimeLimit] = useState('');
  const [due, setDue] = useState('');
  const [attemptsAllowed, setAttemptsAllowed] = useState(1);
  const [showAnswers, setShowAnswers] = useState(true);
  const [error, setError] = useState<unknown>(null);

  if (decks.error) return <ErrorMessage error={decks.error} />;
  const pool = questions.data ?? [];

  async function create(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      if (!chosenDeck)
        throw new MusterError('There is no deck to make an assignment from. Add a deck first.');
      const chosen = pickByHand
        ? pool.filter((q) => picked.includes(q.key))
        : pickQuestions(pool, filter, randomId());
      if (chosen.length === 0) {
        throw new MusterError(
          'No question matches your choices. Tick more topics or question types, or pick questions by hand.',
        );
      }
      const assignment = newAssignment(
        {
          title: title.trim(),
          className: className.trim(),
          teacher: teacher.trim(),
          deck: chosenDeck,
          // Row fields (key, deckId, position) are dropped by the schema when encoded.
          questions: chosen,
          dueAt: due ? new Date(due).getTime() : null,
          timeLimitMinutes: timeLimit ? Number(timeLimit) : null,
          attemptsAllowed,
          shuffleQuestions,
          shuffleOptions,
          showAnswers,
        },
        randomId(),
        new Date(),
      );
      // A bundled deck is in every copy of the app: the link names its questions instead of carrying them.
      const code = await encodeAssignment(assignment, { byReference: chosenDeck.builtIn });
      const opened = await openAssignment(code, findQuestions);
      await save.mutateAsync({ opened, mine: true });
      navigate(`/quizzes/assignments/${assignment.id}`);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section aria-labelledby="builder-title">
      <h1 id="builder-title">New assignment</h1>
      <form className="quiz-form" onSubmit={create}>
        <label>
          Title
          <input required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Class
          <input maxLength={200} value={className} onChange={(e) => setClassName(e.target.value)} />
        </label>
        <label>
          Teacher
          <input maxLength={200} value={teacher} onChange={(e) => setTeacher(e.target.value)} />
        </label>
        <DeckSelect decks={decks.data} value={chosenDeck?.id ?? ''} onChange={setDeckId} />
        <label className="inline">
          <input type="checkbox" checked={pickByHand} onChange={(e) => setPickByHand(e.target.checked)} />{' '}
          Pick questions one by one
        </label>
        {pickByHand ? (
          <fieldset className="checks pick-list">
            <legend>Questions ({picked.length} picked)</legend>
            {pool.map((q) => (
              <label key={q.key}>
                <input
                  type="checkbox"
                  checked={picked.includes(q.key)}
                  onChange={(e) =>
                    setPicked(e.target.checked ? [...picked, q.key] : picked.filter((k) => k !== q.key))
                  }
                />{' '}
                {q.prompt}{' '}
                <span className="muted">
                  ({q.topic}, {QUESTION_TYPE_NAMES[q.type]})
                </span>
              </label>
            ))}
          </fieldset>
        ) : (
          <QuestionFilterFields value={filter} onChange={setFilter} />
        )}
        <fieldset className="checks">
          <legend>Taking it</legend>
          <label>
            <input
              type="checkbox"
              checked={shuffleQuestions}
              onChange={(e) => setShuffleQuestions(e.target.checked)}
            />{' '}
            Shuffle questions
          </label>
          <label>
            <input
              type="checkbox"
              checked={shuffleOptions}
              onChange={(e) => setShuffleOptions(e.target.checked)}
            />{' '}
            Shuffle options
          </label>
          <label>
            <input type="checkbox" checked={showAnswers} onChange={(e) => setShowAnswers(e.target.checked)} />{' '}
            Show score and right answers after submitting
          </label>
        </fieldset>
        <TimeLimitField value={timeLimit} onChange={setTimeLimit} />
        <label>
          Due (empty: none)
          <input type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} />
        </label>
        <label>
          Attempts allowed
          <input
            type="number"
            min={1}
            max={20}
            value={attemptsAllowed}
            onChange={(e) => setAttemptsAllowed(Number(e.target.value))}
          />
        </label>
        {error !== null && <ErrorMessage error={error} />}
        <button type="submit" className="primary" disabled={save.isPending}>
          Create assignment
        </button>
      </form>
    </section>
  );
}
