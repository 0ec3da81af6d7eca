import type { Assignment } from '../../domain/quiz/assignment';
import { answerText } from '../../domain/shared/deck';

/** The paper version: questions with room to answer, then the answer key on its own page. */
export function PrintableAssignment({ assignment }: { assignment: Assignment }) {
  return (
    <div className="printable">
      <h2>{assignment.title}</h2>
      <p>
        {assignment.className && <>Class {assignment.className} · </>}
        {assignment.teacher && <>{assignment.teacher} · </>}
        Name: ______________________
      </p>
      <ol>
        {assignment.questions.map((q) => (
          <li key={q.id} className="print-question">
            <p>{q.prompt}</p>
            {q.options ? (
              <ul className="print-options">
                {q.options.map((option) => (
                  <li key={option}>☐ {option}</li>
                ))}
              </ul>
            ) : (
              <p className="print-line">Answer: ____________________________________</p>
            )}
          </li>
        ))}
      </ol>
      <section className="answer-key">
        <h2>Answer key: {assignment.title}</h2>
        <ol>
          {assignment.questions.map((q) => (
            <li key={q.id}>
              <strong>{answerText(q)}</strong>
              {q.accepted && q.accepted.length > 0 && <> (also: {q.accepted.join(', ')})</>}
              {q.explanation && <> — {q.explanation}</>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
