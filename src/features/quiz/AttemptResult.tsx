import { downloadText } from '../../components/files';
import type { AssignmentAttemptRow, AssignmentRow } from '../../db/app-db';
import { checkAnswer, gradeAnswers } from '../../domain/quiz/grading';
import { resultFile } from '../../domain/quiz/quiz-result';
import { AnswerReviewList } from './AnswerReviewList';
import { CopyField } from './CopyField';
import { fileSlug } from './ids';
import { QrCode } from './QrCode';
import { resultOfAttempt } from './result-of-attempt';

/** A submitted attempt: what to hand in, and the score if the teacher allows it. */
export function AttemptResult({ row, attempt }: { row: AssignmentRow; attempt: AssignmentAttemptRow }) {
  const { assignment } = row;
  const code = attempt.resultCode ?? '';
  const submittedAt = attempt.submittedAt ?? 0;
  const late = assignment.dueAt !== null && submittedAt > assignment.dueAt;
  const graded = gradeAnswers(assignment.questions, attempt.answers, checkAnswer);
  const fileName = `${fileSlug(assignment.title)}.${fileSlug(attempt.student)}.result.json`;
  return (
    <section className="result" aria-label={`Result of ${attempt.student}`}>
      <h2>Submitted {new Date(submittedAt).toLocaleString()}</h2>
      {late && <p className="warning">Submitted after the due date: marked late.</p>}
      <p>Hand this result to your teacher: download the file, or copy the code into a message.</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() =>
            downloadText(
              resultFile(resultOfAttempt(row, attempt, submittedAt), code),
              fileName,
              'application/json',
            )
          }
        >
          Download result file
        </button>
      </div>
      <div className="share-link">
        <QrCode text={code} label="QR code of the result code" />
        <CopyField label="Result code" value={code} />
      </div>
      {assignment.showAnswers && (
        <>
          <p className="score" data-testid="score">
            Score: {graded.score} / {assignment.questions.length}
          </p>
          <AnswerReviewList
            questions={assignment.questions}
            answers={attempt.answers}
            outcomes={graded.outcomes}
          />
        </>
      )}
    </section>
  );
}
