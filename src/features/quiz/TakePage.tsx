import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { openAssignment } from '../../domain/quiz/assignment';
import { AssignmentIntro } from './AssignmentIntro';
import { useQuestionFinder, useSaveAssignment } from './api';
import { readFiles } from './read-files';

/**
 * A student's door: /a#<code>. The code sits in the fragment, which browsers never send to
 * a server, so the link works from any static host and offline. Nothing is stored until
 * the code has been checked.
 */
export function TakePage() {
  const { hash } = useLocation();
  const code = decodeURIComponent(hash.replace(/^#/, ''));
  const save = useSaveAssignment();
  const findQuestions = useQuestionFinder();
  const opened = useQuery({
    queryKey: ['muster', 'open-assignment', code],
    queryFn: async () => {
      const result = await openAssignment(code, findQuestions);
      return save.mutateAsync({ opened: result, mine: false });
    },
    enabled: code !== '',
  });
  if (code === '') return <OpenAssignmentForm headingLevel={1} />;
  if (opened.error) {
    return (
      <section>
        <h1>This assignment cannot be opened</h1>
        <ErrorMessage error={opened.error} />
        <OpenAssignmentForm headingLevel={2} />
      </section>
    );
  }
  if (!opened.data) return <p aria-busy="true">Opening the assignment…</p>;
  return <AssignmentIntro row={opened.data} />;
}

/**
 * For a link that lost its code on the way, or an assignment file from email or an LMS.
 * On its own it is the page (its heading is the page's h1); under an error it is a part.
 */
function OpenAssignmentForm({ headingLevel }: { headingLevel: 1 | 2 }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const findQuestions = useQuestionFinder();
  async function open(input: string) {
    setError(null);
    try {
      const opened = await openAssignment(input, findQuestions);
      navigate(`/a#${opened.code}`);
    } catch (caught) {
      setError(caught);
    }
  }
  return (
    <section aria-labelledby="open-title">
      <Heading id="open-title">Open an assignment</Heading>
      <form
        className="quiz-form"
        onSubmit={(e) => {
          e.preventDefault();
          void open(text);
        }}
      >
        <label>
          Paste the assignment link or code
          <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit" className="primary">
          Open
        </button>
        <label>
          Or choose an assignment file
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              readFiles(e.target.files, 2_000_000)
                .then(([file]) => file && open(file.text))
                .catch(setError);
            }}
          />
        </label>
      </form>
      {error !== null && <ErrorMessage error={error} />}
    </section>
  );
}
