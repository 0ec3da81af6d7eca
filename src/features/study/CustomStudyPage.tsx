import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { TOPICS, type Topic } from '../../domain/shared/deck';
import { type StudyMode, studyOptionsSearch } from '../../domain/study/custom-study';

const MODES: { mode: StudyMode; label: string; help: string }[] = [
  { mode: 'normal', label: "Today's cards", help: 'The usual queue, within your daily limits.' },
  { mode: 'forgotten', label: 'Forgotten today', help: 'Cards you answered Again today, once more.' },
  { mode: 'ahead', label: 'Review ahead', help: 'Reviews due in the next few days, brought forward.' },
  {
    mode: 'cram',
    label: 'Cram',
    help: 'Every card, for practice: nothing is saved and your schedule is not changed.',
  },
];

/** Topic study and custom study (forgotten today, review ahead, cram) for one deck. */
export function CustomStudyPage() {
  const { deckId = '' } = useParams();
  const navigate = useNavigate();
  const [mode, setMode] = useState<StudyMode>('normal');
  const [topic, setTopic] = useState<Topic | ''>('');
  const [days, setDays] = useState('1');
  const [error, setError] = useState<string | null>(null);

  function start(event: FormEvent) {
    event.preventDefault();
    const aheadDays = Number(days);
    if (mode === 'ahead' && !(Number.isInteger(aheadDays) && aheadDays >= 1 && aheadDays <= 365)) {
      setError('Days ahead must be a whole number from 1 to 365.');
      return;
    }
    const search = studyOptionsSearch({ mode, topic: topic || undefined, aheadDays });
    void navigate(`/decks/${deckId}/study${search}`);
  }

  return (
    <section aria-labelledby="custom-title">
      <h1 id="custom-title">Custom study</h1>
      <form className="custom-study" onSubmit={start} noValidate>
        <fieldset>
          <legend>What to study</legend>
          {MODES.map((option) => (
            <div key={option.mode} className="radio-row">
              <input
                type="radio"
                id={`mode-${option.mode}`}
                name="mode"
                value={option.mode}
                checked={mode === option.mode}
                onChange={() => setMode(option.mode)}
                aria-describedby={`mode-${option.mode}-help`}
              />
              <label htmlFor={`mode-${option.mode}`}>{option.label}</label>
              <p id={`mode-${option.mode}-help`} className="field-help">
                {option.help}
              </p>
            </div>
          ))}
        </fieldset>
        {mode === 'ahead' && (
          <div className="settings-field">
            <label htmlFor="ahead-days">Days ahead</label>
            <input
              id="ahead-days"
              inputMode="numeric"
              value={days}
              maxLength={3}
              aria-invalid={error ? true : undefined}
              onChange={(event) => setDays(event.target.value)}
            />
          </div>
        )}
        <div className="settings-field">
          <label htmlFor="topic">Topic</label>
          <select id="topic" value={topic} onChange={(event) => setTopic(event.target.value as Topic | '')}>
            <option value="">All topics</option>
            {TOPICS.map((name) => (
              <option key={name} value={name}>
                {name[0]?.toUpperCase()}
                {name.slice(1)}
              </option>
            ))}
          </select>
        </div>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary">
          Start
        </button>
      </form>
      <p>
        <Link to={`/decks/${deckId}`}>Back to the deck</Link>
      </p>
    </section>
  );
}
