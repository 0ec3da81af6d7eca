import { formatInterval, GRADES, type Grade } from '../../domain/grades';
import type { GradeResult } from '../../domain/scheduler';

const LABELS: Record<Grade, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

/** The four grade buttons; each names the interval it would give, as in Anki ("Good · 4d"). */
export function GradeButtons({
  preview,
  onGrade,
  now,
}: {
  preview: Record<Grade, GradeResult> | undefined;
  onGrade: (grade: Grade) => void;
  now: number;
}) {
  return (
    <div className="grade-buttons">
      {GRADES.map((grade, i) => {
        const due = preview?.[grade].card.due.getTime();
        return (
          <button
            key={grade}
            type="button"
            className={`grade grade-${grade}`}
            aria-label={LABELS[grade]}
            aria-keyshortcuts={String(i + 1)}
            onClick={() => onGrade(grade)}
          >
            <span className="grade-name">{LABELS[grade]}</span>
            {due !== undefined && <span className="grade-interval"> · {formatInterval(due - now)}</span>}
          </button>
        );
      })}
    </div>
  );
}
