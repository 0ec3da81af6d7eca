import type { Question } from '../shared/deck';

/**
 * What the GIFT and QTI writers need of a quiz. An assignment fits this shape, so the writers
 * stay free of the quiz folder and can export any titled set of questions.
 */
export interface ExportableQuiz {
  id: string;
  title: string;
  questions: readonly Question[];
}
