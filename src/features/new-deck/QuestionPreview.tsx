import { useId, useState } from 'react';
import type { DraftChoice } from '../../domain/article/deck-draft';
import { answerText, QUESTION_TYPE_NAMES, type Question, TOPICS } from '../../domain/shared/deck';

interface Props {
  questions: Question[];
  choices: Record<string, DraftChoice>;
  onChange: (id: string, choice: DraftChoice) => void;
  /** Asks the deriver for more questions (the deck holds the best ones first); absent when there are no more. */
  onMore?: () => void;
  /** True while more questions are being derived. */
  moreBusy?: boolean;
}

/**
 * The derived questions grouped by topic, each with the fact it asks about, the sentence it
 * comes from, and Keep / Drop / Edit; "More questions" below when the article has more.
 */
export function QuestionPreview({ questions, choices, onChange, onMore, moreBusy = false }: Props) {
  return (
    <div className="preview">
      {TOPICS.map((topic) => {
        const inTopic = questions.filter((q) => q.topic === topic);
        if (inTopic.length === 0) return null;
        const kept = inTopic.filter((q) => choices[q.id]?.kept !== false).length;
        return (
          <section key={topic} className="preview-topic" aria-labelledby={`topic-${topic}`}>
            <h3 id={`topic-${topic}`}>
              {topic[0]?.toUpperCase()}
              {topic.slice(1)}{' '}
              <span className="preview-count">
                ({kept} of {inTopic.length} kept)
              </span>
            </h3>
            <ol className="preview-list">
              {inTopic.map((question) => (
                <PreviewItem
                  key={question.id}
                  question={question}
                  choice={choices[question.id] ?? { kept: true }}
                  onChange={(choice) => onChange(question.id, choice)}
                />
              ))}
            </ol>
          </section>
        );
      })}
      {onMore && (
        <button
          type="button"
          className="preview-more"
          onClick={onMore}
          disabled={moreBusy}
          aria-busy={moreBusy}
        >
          {moreBusy ? 'Finding more questions…' : 'More questions'}
        </button>
      )}
    </div>
  );
}

function PreviewItem({
  question,
  choice,
  onChange,
}: {
  question: Question;
  choice: DraftChoice;
  onChange: (choice: DraftChoice) => void;
}) {
  const [editing, setEditing] = useState(false);
  const id = useId();
  const prompt = choice.prompt ?? question.prompt;
  const answer = choice.answer ?? answerText(question);
  const canEditAnswer = typeof question.answer === 'string';
  return (
    <li className={`preview-item${choice.kept ? '' : ' dropped'}`} aria-label={prompt}>
      <p className="preview-type">{QUESTION_TYPE_NAMES[question.type]}</p>
      {editing ? (
        <div className="preview-edit">
          <label htmlFor={`${id}-prompt`}>Question</label>
          <textarea
            id={`${id}-prompt`}
            value={prompt}
            rows={3}
            onChange={(e) => onChange({ ...choice, prompt: e.target.value })}
          />
          {canEditAnswer && (
            <>
              <label htmlFor={`${id}-answer`}>Answer</label>
              <input
                id={`${id}-answer`}
                value={answer}
                onChange={(e) => onChange({ ...choice, answer: e.target.value })}
              />
            </>
          )}
        </div>
      ) : (
        <>
          <p className="preview-prompt">{prompt}</p>
          <p className="preview-answer">
            <span className="visually-hidden">Answer: </span>
            {answer}
          </p>
        </>
      )}
      {question.fact && question.fact !== question.source.quote && (
        <p className="preview-fact">
          <span className="preview-label">Fact: </span>
          {question.fact}
        </p>
      )}
      <blockquote className="preview-quote">
        <span className="preview-label">{question.source.section}: </span>“{question.source.quote}”
      </blockquote>
      <div className="preview-actions">
        <button
          type="button"
          aria-pressed={!choice.kept}
          aria-label={choice.kept ? `Drop: ${prompt}` : `Keep: ${prompt}`}
          onClick={() => onChange({ ...choice, kept: !choice.kept })}
        >
          {choice.kept ? 'Drop' : 'Keep'}
        </button>
        <button
          type="button"
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
          aria-label={`${editing ? 'Done editing' : 'Edit'}: ${prompt}`}
        >
          {editing ? 'Done' : 'Edit'}
        </button>
      </div>
    </li>
  );
}
