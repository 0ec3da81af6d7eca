import type { AnswerOutcome } from '../../domain/shared/answer-score';
import type { Question } from '../../domain/shared/deck';

/** What every answer widget takes: the question, and where to report the learner's answer. */
export interface AnswerWidgetProps {
  question: Question;
  /** Called once answered; called again if the learner overrides the verdict ("I was right"). */
  onAnswered: (outcome: AnswerOutcome) => void;
}
