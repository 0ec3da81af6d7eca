import { type ReactNode, type RefObject, useRef } from 'react';
import { useFocusFallback } from '../../components/use-focus-fallback';
import type { Question } from '../../domain/shared/deck';

/**
 * One question of a practice quiz or an assignment: its topic, its prompt and the answer
 * widget given as `children`. A new question takes focus from the `next` button, so that a
 * second Enter cannot skip it.
 */
export function QuizQuestionCard({
  question,
  next,
  children,
}: {
  question: Question;
  next: RefObject<HTMLButtonElement | null>;
  children: ReactNode;
}) {
  const prompt = useRef<HTMLHeadingElement>(null);
  useFocusFallback(prompt, question.id, next);
  return (
    <article className="card">
      <p className="card-topic">{question.topic}</p>
      <h2 className="card-prompt" ref={prompt} tabIndex={-1}>
        {question.prompt}
      </h2>
      {children}
    </article>
  );
}
