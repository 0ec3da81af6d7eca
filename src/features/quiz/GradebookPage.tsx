import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { downloadText } from '../../components/files';
import { gradebookCsv, itemAnalysisCsv } from '../../domain/quiz/gradebook-csv';
import { checkAnswer, gradebook, latestAttempts } from '../../domain/quiz/grading';
import { itemAnalysis } from '../../domain/quiz/item-analysis';
import { formatDuration } from '../../domain/shared/time';
import { useAssignment, useGradebook } from './api';
import { fileSlug } from './ids';
import { ResultImport } from './ResultImport';

const MARK = { correct: '✓', wrong: '✗', unanswered: '—' } as const;
const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)} %`);

/** Students × questions, re-graded from the assignment's own questions, and item analysis. */
export function GradebookPage() {
  const { assignmentId = '' } = useParams();
  const row = useAssignment(assignmentId);
  const results = useGradebook(assignmentId);
  if (row.error || results.error) return <ErrorMessage error={row.error ?? results.error} />;
  if (row.isPending || !results.data) return <p aria-busy="true">Loading the gradebook…</p>;
  if (!row.data) return <p role="alert">There is no assignment "{assignmentId}" in this browser.</p>;
  const { assignment } = row.data;
  const graded = gradebook(assignment, results.data, checkAnswer);
  const latest = latestAttempts(graded);
  const items = itemAnalysis(assignment.questions, latest);
  const slug = fileSlug(assignment.title);

  return (
    <section aria-labelledby="gradebook-title" className="gradebook">
      <h1 id="gradebook-title">Gradebook: {assignment.title}</h1>
      <p>
        <Link to={`/quizzes/assignments/${assignment.id}`}>Share the assignment</Link>. Scores are worked out
        here from the assignment's questions; a score inside a result is never used.
      </p>
      <ResultImport row={row.data} />
      <h2>Results ({graded.length})</h2>
      {graded.length === 0 ? (
        <p>No results yet.</p>
      ) : (
        <div className="table-scroll">
          <table aria-label="Results">
            <thead>
              <tr>
                <th scope="col">Student</th>
                <th scope="col">Attempt</th>
                <th scope="col">Score</th>
                <th scope="col">Time</th>
                <th scope="col">Late</th>
                {assignment.questions.map((q, i) => (
                  <th scope="col" key={q.id} title={q.prompt}>
                    Q{i + 1}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {graded.map((g) => (
                <tr key={g.result.attemptId}>
                  <th scope="row">{g.result.student}</th>
                  <td>
                    {g.attempt}
                    {g.attempt > assignment.attemptsAllowed && ' (over the limit)'}
                  </td>
                  <td>
                    {g.score} / {g.outOf}
                  </td>
                  <td>{formatDuration(g.durationMs)}</td>
                  <td>{g.late ? 'late' : ''}</td>
                  {g.outcomes.map((o, i) => (
                    <td key={assignment.questions[i]?.id} aria-label={o} className={`outcome-${o}`}>
                      {MARK[o]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Item analysis</h2>
      <p className="muted">
        Counts each student's latest attempt. Discrimination: share correct in the top 27 % of the class minus
        the bottom 27 % (near 0 or below: the question does not tell strong from weak students).
      </p>
      <div className="table-scroll">
        <table aria-label="Item analysis">
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Correct</th>
              <th scope="col">Discrimination</th>
              <th scope="col">Most common wrong answer</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, i) => (
              <tr key={item.questionId}>
                <th scope="row">
                  Q{i + 1}. {assignment.questions[i]?.prompt}
                </th>
                <td>{percent(item.pCorrect)}</td>
                <td>{item.discrimination === null ? '—' : item.discrimination.toFixed(2)}</td>
                <td>{item.commonWrong ? `${item.commonWrong.answer} (${item.commonWrong.count})` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button
          type="button"
          onClick={() => downloadText(gradebookCsv(assignment, graded), `${slug}.gradebook.csv`, 'text/csv')}
        >
          Download gradebook CSV
        </button>
        <button
          type="button"
          onClick={() => downloadText(itemAnalysisCsv(assignment, items), `${slug}.items.csv`, 'text/csv')}
        >
          Download item analysis CSV
        </button>
      </div>
    </section>
  );
}
