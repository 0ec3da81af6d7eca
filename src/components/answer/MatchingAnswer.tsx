import { useId, useMemo, useState } from 'react';
import {
  type AnswerOutcome,
  matchingChoices,
  matchingPairs,
  scoreMatching,
} from '../../domain/shared/answer-score';
import type { AnswerWidgetProps } from './types';

/** Matching: pick the partner of each item from a list (keyboard or pointer), then check. */
export function MatchingAnswer({ question, onAnswered }: AnswerWidgetProps) {
  const pairs = useMemo(() => matchingPairs(question), [question]);
  const rights = useMemo(() => matchingChoices(pairs, question.id), [pairs, question.id]);
  const [chosen, setChosen] = useState<Map<string, string>>(() => new Map());
  const [outcome, setOutcome] = useState<AnswerOutcome | null>(null);
  const idPrefix = useId();

  function choose(left: string, right: string) {
    const next = new Map(chosen);
    if (right === '') next.delete(left);
    else next.set(left, right);
    setChosen(next);
  }

  function check() {
    const scored = scoreMatching(pairs, chosen);
    setOutcome(scored);
    onAnswered({ ...scored, given: pairs.map((pair) => chosen.get(pair.left) ?? '') });
  }

  return (
    <div className="matching-answer">
      <p className="hint">Choose the partner of each item.</p>
      <ul className="matching-list">
        {pairs.map((pair, i) => {
          const id = `${idPrefix}-${i}`;
          const mark = outcome ? (chosen.get(pair.left) === pair.right ? 'is-right' : 'is-wrong') : '';
          return (
            <li key={pair.left} className={`matching-row ${mark}`}>
              <label htmlFor={id}>{pair.left}</label>
              <select
                id={id}
                value={chosen.get(pair.left) ?? ''}
                disabled={!!outcome}
                onChange={(event) => choose(pair.left, event.target.value)}
              >
                <option value="">Choose…</option>
                {rights.map((right) => (
                  <option key={right} value={right}>
                    {right}
                  </option>
                ))}
              </select>
              {outcome && chosen.get(pair.left) !== pair.right && (
                <span className="matching-fix">→ {pair.right}</span>
              )}
            </li>
          );
        })}
      </ul>
      {outcome ? (
        <p role="status">{outcome.summary}.</p>
      ) : (
        <button type="button" onClick={check}>
          Check pairs
        </button>
      )}
    </div>
  );
}
