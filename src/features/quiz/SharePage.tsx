import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { assignmentFile } from '../../domain/assignment';
import { useAssignment } from './api';
import { CopyField } from './CopyField';
import { downloadText, fileSlug, shareLink } from './ids';

export function formatDate(epochMs: number | null): string {
  return epochMs === null ? 'no due date' : new Date(epochMs).toLocaleString();
}

/** Everything a teacher hands out: the link, its file, the exports and the paper version. */
export function SharePage() {
  const { assignmentId = '' } = useParams();
  const row = useAssignment(assignmentId);
  if (row.error) return <ErrorMessage error={row.error} />;
  if (row.isPending) return <p aria-busy="true">Loading the assignment…</p>;
  if (!row.data) {
    return (
      <p role="alert">
        There is no assignment "{assignmentId}" in this browser. <Link to="/quizzes">Back to quizzes</Link>
      </p>
    );
  }
  const saved = row.data;
  const { assignment, code } = saved;
  const link = shareLink(code);
  const slug = fileSlug(assignment.title);
  return (
    <section aria-labelledby="share-title">
      <h1 id="share-title">{assignment.title}</h1>
      <p>
        {assignment.className && <>Class {assignment.className} · </>}
        {assignment.questions.length} questions · due {formatDate(assignment.dueAt)}
      </p>
      <h2>Share with the class</h2>
      <p>
        The link holds the whole assignment; it works from any copy of Muster, offline too. Students send you
        back a result file or code.
      </p>
      <CopyField label="Link" value={link} />
      <div className="actions">
        <button type="button" onClick={() => downloadText(`${slug}.assignment.json`, assignmentFile(saved))}>
          Download assignment file
        </button>
        <Link className="button primary" to={`/quizzes/assignments/${assignment.id}/gradebook`}>
          Gradebook
        </Link>
      </div>
    </section>
  );
}
