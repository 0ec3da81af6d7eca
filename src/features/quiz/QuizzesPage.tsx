import { Link } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { useAssignments } from './api';
import { dueLine } from './SharePage';

/** Quizzes home: make an assignment, open one, and the assignments this browser holds. */
export function QuizzesPage() {
  const assignments = useAssignments();
  const mine = assignments.data?.filter((a) => a.mine) ?? [];
  const received = assignments.data?.filter((a) => !a.mine) ?? [];
  return (
    <section aria-labelledby="quizzes-title">
      <h1 id="quizzes-title">Quizzes</h1>
      <div className="actions">
        <Link className="button primary" to="/quizzes/practice">
          Practice quiz
        </Link>
        <Link className="button" to="/quizzes/new">
          New assignment
        </Link>
        <Link className="button" to="/a">
          Open an assignment
        </Link>
      </div>
      {assignments.error !== null && <ErrorMessage error={assignments.error} />}
      <h2>Assignments you made</h2>
      {mine.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul className="deck-list">
          {mine.map((row) => (
            <li key={row.id}>
              <Link className="deck-link" to={`/quizzes/assignments/${row.id}`}>
                <span className="deck-title">{row.assignment.title}</span>
                <span className="deck-meta">
                  {row.assignment.className} · {dueLine(row.assignment.dueAt)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h2>Assignments you received</h2>
      {received.length === 0 ? (
        <p>None yet: open a link your teacher sent.</p>
      ) : (
        <ul className="deck-list">
          {received.map((row) => (
            <li key={row.id}>
              <Link className="deck-link" to={`/a#${row.code}`}>
                <span className="deck-title">{row.assignment.title}</span>
                <span className="deck-meta">
                  {row.assignment.teacher} · {dueLine(row.assignment.dueAt)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
