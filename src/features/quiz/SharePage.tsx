import { strToU8, zipSync } from 'fflate';
import { useCallback, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { downloadBlob, downloadText } from '../../components/files';
import { toGift } from '../../domain/interchange/gift';
import { assignmentFile } from '../../domain/quiz/assignment';
import { useAssignment } from './api';
import { CopyField } from './CopyField';
import { fileSlug, shareLink } from './ids';
import { PrintableAssignment } from './PrintableAssignment';
import { QrCode } from './QrCode';
import { QrScreen } from './QrScreen';

export function formatDate(epochMs: number | null): string {
  return epochMs === null ? 'no due date' : new Date(epochMs).toLocaleString();
}

/** "due 3/12/2026, 09:00" or "no due date" (never "due no due date"). */
export function dueLine(epochMs: number | null): string {
  return epochMs === null ? 'no due date' : `due ${formatDate(epochMs)}`;
}

/** Everything a teacher hands out: the link, its file, the exports and the paper version. */
export function SharePage() {
  const { assignmentId = '' } = useParams();
  const row = useAssignment(assignmentId);
  const [showQr, setShowQr] = useState(false);
  const showButton = useRef<HTMLButtonElement>(null);
  const hideQr = useCallback(() => {
    setShowQr(false);
    // Back where the teacher was: on the button that opened it.
    requestAnimationFrame(() => showButton.current?.focus());
  }, []);
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
  if (showQr) return <QrScreen title={assignment.title} link={link} onClose={hideQr} />;
  return (
    <section aria-labelledby="share-title">
      <h1 id="share-title">{assignment.title}</h1>
      <p>
        {assignment.className && <>Class {assignment.className} · </>}
        {assignment.questions.length} questions · {dueLine(assignment.dueAt)}
      </p>
      <h2>Share with the class</h2>
      <p>
        The link holds the whole assignment; it works from any copy of Muster, offline too. Students send you
        back a result file or code.
      </p>
      <div className="share-link">
        <QrCode text={link} label={`QR code of the link to ${assignment.title}`} />
        <div>
          <CopyField label="Link" value={link} />
          <button type="button" ref={showButton} onClick={() => setShowQr(true)}>
            Show QR code large (projector, print)
          </button>
        </div>
      </div>
      <div className="actions">
        <button
          type="button"
          onClick={() => downloadText(assignmentFile(saved), `${slug}.assignment.json`, 'application/json')}
        >
          Download assignment file
        </button>
        <button type="button" onClick={() => window.print()}>
          Print with answer key
        </button>
        <Link className="button primary" to={`/quizzes/assignments/${assignment.id}/gradebook`}>
          Gradebook
        </Link>
      </div>
      <h2>For a learning-management system</h2>
      <div className="actions">
        <button
          type="button"
          onClick={() => downloadText(toGift(assignment), `${slug}.gift.txt`, 'text/plain')}
        >
          Download Moodle GIFT
        </button>
        <button
          type="button"
          onClick={async () => {
            // The XML writer loads only when a package is asked for.
            const { toQtiPackage } = await import('../../domain/interchange/qti');
            const files = Object.fromEntries(
              Object.entries(toQtiPackage(assignment)).map(([path, xml]) => [path, strToU8(xml)]),
            );
            downloadBlob(new Blob([zipSync(files)], { type: 'application/zip' }), `${slug}.qti21.zip`);
          }}
        >
          Download QTI 2.1 package (.zip)
        </button>
      </div>
      <PrintableAssignment assignment={assignment} />
    </section>
  );
}
