import { giftText } from './gift-text';
import type { ImportedCard } from './import-preview';

/** What an answer block gives a card, with the feedback of its right answer. */
export type GiftAnswers =
  | (Pick<ImportedCard, 'back' | 'type' | 'answers' | 'options' | 'accepted'> & { feedback: string })
  | { skip: string };

interface Choice {
  text: string;
  /** Moodle's fraction: 1 for full credit, 0 for none; weights like %50% in between. */
  weight: number;
  feedback: string;
}

const MAX_CHOICES = 12;

/**
 * The answer block's question type, by Moodle's order of tests: `#` numerical, any `~`
 * multiple choice, `=` with `->` matching, T/TRUE/F/FALSE true-false, else short answer.
 */
export function giftAnswers(block: string, missingWord: boolean): GiftAnswers {
  if (block.startsWith('#')) return numerical(block.slice(1), missingWord);
  if (block.includes('~')) return multipleChoice(block);
  if (block.includes('=') && block.includes('->')) return matching(block);
  const trueFalse = /^(T|TRUE|F|FALSE)\s*(#|$)/.exec(block);
  if (trueFalse) return trueOrFalse(block, trueFalse[1]?.startsWith('T') === true);
  return shortAnswer(block, missingWord);
}

/** `%50%` after `~` or `=`: Moodle's weight pattern, a number of up to two digits. */
const WEIGHT = /^%(-?\d{1,3}(?:\.\d+)?)%/;

function choice(raw: string, fullByDefault: boolean): Choice {
  let text = raw.trim();
  let weight = fullByDefault ? 1 : 0;
  if (text.startsWith('=')) {
    text = text.slice(1).trim();
    weight = 1;
  }
  const weighted = WEIGHT.exec(text);
  if (weighted) {
    weight = Number(weighted[1]) / 100;
    text = text.slice(weighted[0].length);
  }
  const hash = text.indexOf('#');
  return {
    text: giftText(hash >= 0 ? text.slice(0, hash) : text),
    weight,
    feedback: hash >= 0 ? giftText(text.slice(hash + 1)) : '',
  };
}

/** Splits `a ~b =c` before every mark, keeping the mark with its choice. */
function splitChoices(block: string, marks: RegExp): string[] {
  return block
    .split(marks)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function multipleChoice(block: string): GiftAnswers {
  const choices = splitChoices(block.replaceAll('=', '~='), /~/).map((raw) => choice(raw, false));
  const right = choices.filter((c) => c.weight === 1);
  if (choices.length < 2) return { skip: 'a multiple-choice question needs at least two choices' };
  if (right.length !== 1) {
    return {
      skip:
        right.length === 0
          ? 'no choice earns full marks (several partly right choices); Muster’s multiple choice has one right answer'
          : 'several choices earn full marks; Muster’s multiple choice has one right answer',
    };
  }
  const options = choices.map((c) => c.text);
  const problem = optionProblem(options);
  if (problem) return { skip: problem };
  const answer = right[0] as Choice;
  return { type: 'multiple-choice', back: answer.text, options, feedback: answer.feedback };
}

function optionProblem(options: string[]): string | undefined {
  if (options.some((option) => option === '')) return 'a choice is empty';
  if (new Set(options).size !== options.length) return 'two choices have the same text';
  if (options.length > MAX_CHOICES) return `more than ${MAX_CHOICES} choices`;
  if (options.some((option) => option.length > 500)) return 'a choice is longer than 500 characters';
  return undefined;
}

function matching(block: string): GiftAnswers {
  const pairs: { left: string; right: string }[] = [];
  for (const raw of splitChoices(block, /=/)) {
    const arrow = raw.indexOf('->');
    if (arrow < 0) return { skip: `a matching pair without "->": "${giftText(raw)}"` };
    const left = giftText(raw.slice(0, arrow));
    // A right item with no left one is an extra wrong choice in Moodle; Muster has none.
    if (left !== '') pairs.push({ left, right: giftText(raw.slice(arrow + 2)) });
  }
  if (pairs.length < 2) return { skip: 'a matching question needs at least two pairs' };
  const lefts = pairs.map((pair) => pair.left);
  const problem =
    optionProblem(lefts) ?? (pairs.some((p) => p.right === '') ? 'a pair has no right item' : undefined);
  if (problem) return { skip: problem };
  return {
    type: 'matching',
    back: pairs.map((pair) => `${pair.left} → ${pair.right}`).join('; '),
    options: lefts,
    answers: pairs.map((pair) => pair.right),
    feedback: '',
  };
}

function trueOrFalse(block: string, isTrue: boolean): GiftAnswers {
  // {FALSE#feedback if wrong#feedback if right}
  const [, , right = ''] = block.split('#', 3);
  return {
    type: 'true-false',
    back: isTrue ? 'True' : 'False',
    options: ['True', 'False'],
    feedback: giftText(right),
  };
}

function shortAnswer(block: string, missingWord: boolean): GiftAnswers {
  const full = splitChoices(block, /=/)
    .map((raw) => choice(raw, true))
    // Moodle's "*" matches any answer: there is nothing to learn from it.
    .filter((c) => c.weight === 1 && c.text !== '' && c.text !== '*');
  const [first, ...others] = full;
  if (!first) return { skip: 'no answer earns full marks' };
  return {
    type: missingWord ? 'cloze' : 'typed',
    back: first.text,
    accepted: [...new Set(others.map((c) => c.text))].filter((text) => text !== first.text),
    feedback: first.feedback,
  };
}

/** Moodle's numbers: a plain decimal, with a point. */
export function parseNumber(text: string): number | undefined {
  return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

/** Enumerating whole numbers in a tolerance stops here: past it, only the exact value is taken. */
const MAX_ENUMERATED = 21;

/**
 * `{#1822}`, `{#1822:2}` (value and tolerance), `{#1821..1823}` (a range), or several `=`
 * answers with weights. Muster checks typed numbers exactly, so a whole-number tolerance
 * becomes the list of numbers it allows; any other keeps the middle value and says the
 * range in the feedback.
 */
function numerical(block: string, missingWord: boolean): GiftAnswers {
  const wrongAt = block.indexOf('~');
  const answers = splitChoices(wrongAt >= 0 ? block.slice(0, wrongAt) : block, /=/).map((raw) =>
    choice(raw, true),
  );
  const best = answers.find((a) => a.weight === 1);
  if (!best) return { skip: 'a numerical question with no answer that earns full marks' };
  const range = numericRange(best.text);
  if (!range) return { skip: `"${best.text}" is not a number, a number:tolerance or a min..max range` };
  const { value, low, high } = range;
  const whole = [low, high, value].every(Number.isInteger) && high - low + 1 <= MAX_ENUMERATED;
  const accepted = whole && high > low ? integersBetween(low, high).filter((n) => n !== value) : [];
  const rangeNote = !whole && high > low ? `Any answer from ${low} to ${high} is right.` : '';
  return {
    type: missingWord ? 'cloze' : 'typed',
    back: String(value),
    accepted: accepted.map(String),
    feedback: [best.feedback, rangeNote].filter((part) => part !== '').join(' '),
  };
}

/** Sums of decimals as a person writes them: 3.1415 + 0.0005 is 3.142, not 3.1420000000000003. */
const tidy = (n: number) => Number(n.toPrecision(12));

function numericRange(text: string): { value: number; low: number; high: number } | undefined {
  const dots = text.indexOf('..');
  if (dots > 0) {
    const low = parseNumber(text.slice(0, dots));
    const high = parseNumber(text.slice(dots + 2));
    if (low === undefined || high === undefined || high < low) return undefined;
    return { value: tidy((low + high) / 2), low, high };
  }
  const colon = text.indexOf(':');
  const value = parseNumber(colon > 0 ? text.slice(0, colon) : text);
  const tolerance = colon > 0 ? parseNumber(text.slice(colon + 1)) : 0;
  if (value === undefined || tolerance === undefined) return undefined;
  return { value, low: tidy(value - Math.abs(tolerance)), high: tidy(value + Math.abs(tolerance)) };
}

function integersBetween(low: number, high: number): number[] {
  return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}
