import { formatInterval, GRADES, type Grade } from '../../domain/shared/grades';
import type { GradeResult } from '../../domain/study/scheduler';

const LABELS: Record<Grade, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

/** What each grade would do to the card, and the instant that was worked out for. */
export interface GradePreview {
  at: number;
  results: Record<Grade, GradeResult>;
}

/**
 * The four grade buttons; each names the interval it would give, as in Anki ("Good · 4d").
 * The interval is measured from the instant of the preview, not from the render, so the
 * same card state always reads the same ("Again · 1m", never "<1m" a few ms later). The
 * visible text is the accessible name, so speech input ("click Good") finds the button.
 */
export function GradeButtons({
  preview,
  onGrade,
  suggested,
}: {
  preview: GradePreview | undefined;
  onGrade: (grade: Grade) => void;
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
          const wait = preview && preview.results[grade].card.due.getTime() - preview.at;
          return (
            <button
              key={grade}
              type="button"
              className={`grade grade-${grade}${grade === suggested ? ' is-suggested' : ''}`}
              aria-keyshortcuts={grade === suggested ? `${i + 1} Enter` : String(i + 1)}
              onClick={() => onGrade(grade)}
            >
              <span className="grade-name">{LABELS[grade]}</span>
              {wait !== undefined && <span className="grade-interval"> · {formatInterval(wait)}</span>}
            </button>
          );
        })}
      </div>
    </>
  );
}
