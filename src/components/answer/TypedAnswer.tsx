import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type AnswerMatch, matchAnswer } from '../../domain/shared/answer-match';
import { outcomeOf } from '../../domain/shared/answer-score';
import { answerText } from '../../domain/shared/deck';
import type { AnswerWidgetProps } from './types';

const VERDICT_TEXT: Record<AnswerMatch['verdict'], string> = {
  exact: 'Right.',
  alias: 'Right: that name is accepted too.',
  'near-miss': 'Near miss: counted as right, but check the spelling.',
  wrong: 'Not right.',
};

/** Typed and cloze questions: a textbox named "Your answer" and a Check button. */
export function TypedAnswer({ question, onAnswered }: AnswerWidgetProps) {
  const [typed, setTyped] = useState('');
  const [match, setMatch] = useState<AnswerMatch | null>(null);
  const [overridden, setOverridden] = useState(false);
  const result = useRef<HTMLDivElement>(null);

  function check(event: FormEvent) {
    event.preventDefault();
    const found = matchAnswer(typed, answerText(question), question.accepted);
    setMatch(found);
    const slips = found.edits === 1 ? '1 typo forgiven' : `${found.edits} typos forgiven`;
    onAnswered({
      ...outcomeOf(
        found.correct ? 1 : 0,
        found.verdict === 'near-miss' ? `Near miss (${slips}).` : VERDICT_TEXT[found.verdict],
      ),
      given: typed,
    });
  }

  function overrule() {
    setOverridden(true);
    onAnswered({ ...outcomeOf(1, 'You marked your answer as right.'), given: typed });
  }

  // Once checked, focus leaves the field for the verdict, so Enter can accept the suggested grade.
  useEffect(() => {
    if (match || overridden) result.current?.focus();
  }, [match, overridden]);

  return (
    <form className="typed-answer" onSubmit={check}>
      <label htmlFor="your-answer">Your answer</label>
      <div className="typed-row">
        <input
          id="your-answer"
          // biome-ignore lint/a11y/noAutofocus: the field is the only thing to do on this card
          autoFocus
          autoComplete="off"
          spellCheck={false}
          value={typed}
          readOnly={match !== null}
          onChange={(event) => setTyped(event.target.value)}
        />
        <button type="submit" disabled={match !== null}>
          Check
        </button>
      </div>
      {match && (
        <div
          className={`typed-result verdict-${overridden ? 'exact' : match.verdict}`}
          ref={result}
          tabIndex={-1}
        >
          <p className="verdict" role="status">
            {overridden ? 'You marked your answer as right.' : VERDICT_TEXT[match.verdict]}
            {match.verdict === 'near-miss' &&
              !overridden &&
              ` ${match.edits} typo${match.edits === 1 ? '' : 's'} forgiven.`}
          </p>
          <dl className="typed-compare">
            <div>
              <dt>You typed</dt>
              <dd>{match.typed || '(nothing)'}</dd>
            </div>
            <div>
              <dt>{match.verdict === 'alias' || match.verdict === 'near-miss' ? 'Matched' : 'Answer'}</dt>
              <dd>{match.matched}</dd>
            </div>
            {match.matched !== match.answer && (
              <div>
                <dt>Answer</dt>
                <dd>{match.answer}</dd>
              </div>
            )}
          </dl>
          {match.verdict === 'wrong' && !overridden && (
            <button type="button" onClick={overrule}>
              I was right
            </button>
          )}
        </div>
      )}
    </form>
  );
}
