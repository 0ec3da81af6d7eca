import { formatInterval, GRADES, type Grade } from '../../domain/shared/grades';
import type { GradeResult } from '../../domain/study/scheduler';

const LABELS: Record<Grade, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

/** The four grade buttons; each names the interval it would give, as in Anki ("Good · 4d"). */
export function GradeButtons({
  preview,
  onGrade,
  now,
  suggested,
}: {
  preview: Record<Grade, GradeResult> | undefined;
  onGrade: (grade: Grade) => void;
  now: number;
  /** For auto-checked answers: the grade Enter gives (wrong → Again, right → Good). */
  suggested?: Grade;
}) {
  return (
    <>
      <p className="grade-hint" id="grade-hint">
        {suggested
          ? `Suggested: ${LABELS[suggested]} (press Enter), or choose another grade.`
          : 'How well did you remember? Press 1–4, or Enter for Good.'}
      </p>
      <div className="grade-buttons">
        {GRADES.map((grade, i) => {
          const due = preview?.[grade].card.due.getTime();
          return (
            <button
              key={grade}
              type="button"
              className={`grade grade-${grade}${grade === suggested ? ' is-suggested' : ''}`}
              aria-label={LABELS[grade]}
              aria-keyshortcuts={grade === suggested ? `${i + 1} Enter` : String(i + 1)}
              onClick={() => onGrade(grade)}
            >
              <span className="grade-name">{LABELS[grade]}</span>
              {due !== undefined && <span className="grade-interval"> · {formatInterval(due - now)}</span>}
            </button>
          );
        })}
      </div>
    </>
  );
}
