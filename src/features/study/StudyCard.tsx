import { useRef } from 'react';
import { AnswerWidget, isAutoChecked } from '../../components/answer/AnswerWidget';
import { ShowInArticle } from '../../components/ShowInArticle';
import { useFocusFallback } from '../../components/use-focus-fallback';
import type { QuestionRow } from '../../db/app-db';
import type { AnswerOutcome } from '../../domain/shared/answer-score';
import { answerText, QUESTION_TYPE_NAMES } from '../../domain/shared/deck';
import type { Grade } from '../../domain/shared/grades';
import { GradeButtons, type GradePreview } from './GradeButtons';

/** One card of a session: the prompt, the way to answer it for its type, then the answer and the grades. */
export function StudyCard({
  question,
  article,
  revealed,
  outcome,
  preview,
  onReveal,
  onAnswered,
  onGrade,
}: {
  question: QuestionRow;
  article: string | undefined;
  revealed: boolean;
  outcome: AnswerOutcome | undefined;
  preview: GradePreview | undefined;
  onReveal: () => void;
  onAnswered: (outcome: AnswerOutcome) => void;
  onGrade: (grade: Grade) => void;
}) {
  const checked = isAutoChecked(question.type);
  // Focus stays on the card: its prompt when it appears, its answer once shown (also when
  // Space showed it from the prompt, so that a phone scrolls the answer into view).
  const prompt = useRef<HTMLHeadingElement>(null);
  const answer = useRef<HTMLElement>(null);
  useFocusFallback(revealed ? answer : prompt, revealed, prompt);
  return (
    <article className="card" aria-labelledby="card-prompt" data-type={question.type} data-key={question.key}>
      <p className="card-topic">
        {question.topic} · {QUESTION_TYPE_NAMES[question.type]}
      </p>
      <h2 className="card-prompt" id="card-prompt" ref={prompt} tabIndex={-1}>
        {question.prompt}
      </h2>
      {checked && <AnswerWidget key={question.key} question={question} onAnswered={onAnswered} />}
      {!checked && !revealed && (
        <button type="button" className="primary" onClick={onReveal} aria-keyshortcuts="Space Enter">
          Show answer
        </button>
      )}
      {revealed && (
        <>
          <section className="card-answer" ref={answer} tabIndex={-1} aria-label="Answer">
            <p className="answer">{answerText(question)}</p>
            {question.explanation && <p className="explanation">{question.explanation}</p>}
            <blockquote className="quote">
              <p>{question.source.quote}</p>
              <footer>— {question.source.section}</footer>
            </blockquote>
            <ShowInArticle
              article={article}
              quote={question.source.quote}
              section={question.source.section}
            />
          </section>
          <GradeButtons preview={preview} onGrade={onGrade} suggested={outcome?.suggested} />
        </>
      )}
    </article>
  );
}
