import { useState } from 'react';
import { useDeckList, useDeckQuestions } from '../../components/deck-queries';
import { ErrorMessage } from '../../components/error-message';
import type { PracticeSetup } from '../../domain/quiz/practice-quiz';
import { pickQuestions } from '../../domain/quiz/quiz-plan';
import { useQuizHistory } from './api';
import { randomId } from './ids';
import { PracticeRun } from './PracticeRun';
import {
  DEFAULT_QUESTION_FILTER,
  DeckSelect,
  QuestionFilterFields,
  TimeLimitField,
} from './QuestionFilterFields';

/** Practice quiz: choose what to be asked, take it, and see past scores. */
export function PracticePage() {
  const [setup, setSetup] = useState<PracticeSetup | null>(null);
  if (setup)
    return (
      <PracticeRun
        key={setup.questions.map((q) => q.id).join()}
        setup={setup}
        onAgain={() => setSetup(null)}
      />
    );
  return (
    <section aria-labelledby="practice-title">
      <h1 id="practice-title">Practice quiz</h1>
      <PracticeSetupForm onStart={setSetup} />
      <PracticeHistory />
    </section>
  );
}

function PracticeSetupForm({ onStart }: { onStart: (setup: PracticeSetup) => void }) {
  const decks = useDeckList();
  const [deckId, setDeckId] = useState('');
  const deck = decks.data?.find((d) => d.id === deckId) ?? decks.data?.[0];
  const questions = useDeckQuestions(deck?.id ?? '');
  const [filter, setFilter] = useState(DEFAULT_QUESTION_FILTER);
  const [timeLimit, setTimeLimit] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (decks.error) return <ErrorMessage error={decks.error} />;
  return (
    <form
      className="quiz-form"
      onSubmit={(e) => {
        e.preventDefault();
        const picked = pickQuestions(questions.data ?? [], filter, randomId());
        if (!deck || picked.length === 0) {
          setError('No question matches your choices. Tick more topics or question types.');
          return;
        }
        onStart({
          deckId: deck.id,
          questions: picked,
          timeLimitMinutes: timeLimit ? Number(timeLimit) : null,
          article: deck.article,
        });
      }}
    >
      <DeckSelect decks={decks.data} value={deck?.id ?? ''} onChange={setDeckId} />
      <QuestionFilterFields value={filter} onChange={setFilter} />
      <TimeLimitField value={timeLimit} onChange={setTimeLimit} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={!questions.data}>
        Start quiz
      </button>
    </form>
  );
}

function PracticeHistory() {
  const history = useQuizHistory();
  if (history.error) return <ErrorMessage error={history.error} />;
  if (!history.data || history.data.length === 0) return null;
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Past quizzes</h2>
      <ul className="history" aria-label="Past quizzes">
        {history.data.map((quiz) => (
          <li key={quiz.id}>
            {new Date(quiz.finishedAt).toLocaleString()} · {quiz.deckId} ·{' '}
            <strong>
              {quiz.score} / {quiz.outOf}
            </strong>{' '}
            ({Math.round((quiz.score / quiz.outOf) * 100)} %)
          </li>
        ))}
      </ul>
    </section>
  );
}
