import { matchingPairs } from '../shared/answer-score';
import type { Question } from '../shared/deck';
import type { ExportableQuiz } from './quiz-export';

/** GIFT's special characters are escaped with a backslash wherever our text appears. */
export function giftEscape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

const BLANK = /_{3,}/;

/**
 * A matching item's left side. Moodle splits a pair at its first "->" and has no escape for
 * it, so an arrow inside the left side becomes "→", which reads the same.
 */
const giftLeft = (text: string) => giftEscape(text).replaceAll('->', '→');

/**
 * The category line. Moodle reads it without unescaping (a "\:" would stay in the name), so
 * it is written as it is, on one line; "/" separates subcategories, so one in the title is
 * doubled, Moodle's escape for it.
 */
const giftCategory = (title: string) => title.replace(/\s+/g, ' ').trim().replaceAll('/', '//');

function answerBlock(question: Question): string {
  const answer = question.answer;
  if (question.type === 'matching') {
    const pairs = matchingPairs(question).map((p) => `  =${giftLeft(p.left)} -> ${giftEscape(p.right)}`);
    return `{\n${pairs.join('\n')}\n}`;
  }
  if (Array.isArray(answer)) {
    // GIFT has no ordering question: a matching question pairs each item with its place.
    return `{\n${answer.map((item, i) => `  =${giftLeft(item)} -> ${i + 1}`).join('\n')}\n}`;
  }
  if (question.type === 'true-false') return `{${answer === 'True' ? 'TRUE' : 'FALSE'}}`;
  if (question.type === 'multiple-choice' && question.options) {
    const choices = question.options.map(
      (option) => `  ${option === answer ? '=' : '~'}${giftEscape(option)}`,
    );
    return `{\n${choices.join('\n')}\n}`;
  }
  const accepted = [answer, ...(question.accepted ?? []).filter((a) => a !== answer)];
  return `{${accepted.map((a) => `=${giftEscape(a)}`).join(' ')}}`;
}

/** One question in Moodle's GIFT format; a cloze question keeps its gap where it is. */
export function giftQuestion(question: Question, index: number): string {
  const title = `::Q${index + 1} ${giftEscape(question.id)}::`;
  const feedback = question.explanation ? `####${giftEscape(question.explanation)}` : '';
  const block = answerBlock(question);
  if (question.type === 'cloze' && BLANK.test(question.prompt)) {
    const [before = '', after = ''] = question.prompt.split(BLANK, 2);
    return `${title}${giftEscape(before)}${block.replace(/\}$/, `${feedback}}`)}${giftEscape(after)}`;
  }
  return `${title}${giftEscape(question.prompt)} ${block.replace(/\}$/, `${feedback}}`)}`;
}

/** The whole assignment as a GIFT file for Moodle's question bank import. */
export function toGift(assignment: Pick<ExportableQuiz, 'title' | 'questions'>): string {
  const header = `// ${assignment.title.replace(/\r?\n/g, ' ')} — exported from Muster\n$CATEGORY: ${giftCategory(assignment.title)}\n\n`;
  return `${header}${assignment.questions.map(giftQuestion).join('\n\n')}\n`;
}
