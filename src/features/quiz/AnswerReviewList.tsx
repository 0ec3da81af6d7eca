import { ShowInArticle } from '../../components/ShowInArticle';
import type { QuestionOutcome } from '../../domain/quiz/grading';
import type { GivenAnswer } from '../../domain/quiz/quiz-result';
import { answerText, type Question } from '../../domain/shared/deck';

const VERDICT: Record<QuestionOutcome, string> = {
  correct: 'right',
  wrong: 'wrong',
  unanswered: 'not answered',
};

/** Every question with the given and the right answer, the explanation and where the article says so. */
export function AnswerReviewList({
  questions,
  answers,
  outcomes,
  article,
}: {
  questions: readonly Question[];
  answers: Readonly<Record<string, GivenAnswer>>;
  outcomes: readonly QuestionOutcome[];
  /** With the article, "Show in article" opens it at the quote; without, the quote is shown. */
  article?: string | undefined;
}) {
  return (
    <ol className="review-list">
      {questions.map((question, i) => {
        const given = answers[question.id];
        const outcome = outcomes[i] ?? 'unanswered';
        return (
          <li key={question.id} className="review-item">
            <p className="review-prompt">{question.prompt}</p>
            <p className={`outcome-${outcome}`}>
              Your answer: {given === undefined ? '—' : Array.isArray(given) ? given.join(' → ') : given} (
              {VERDICT[outcome]})
            </p>
            <p>Right answer: {answerText(question)}</p>
            {question.explanation && <p className="explanation">{question.explanation}</p>}
            {article ? (
              <ShowInArticle
                article={article}
                quote={question.source.quote}
                section={question.source.section}
              />
            ) : (
              <blockquote className="quote">
                <p>{question.source.quote}</p>
                <footer>— {question.source.section}</footer>
              </blockquote>
            )}
          </li>
        );
      })}
    </ol>
  );
}
