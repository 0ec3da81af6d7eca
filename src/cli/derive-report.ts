/**
 * `npm run derive:report [-- <article-name>…]`: derives a deck from each corpus article
 * (tests/fixtures/corpus) and prints what a teacher would check: size, types, topics, the
 * share of blanked-sentence prompts, pronoun-led prompts, how many of the headline facts in
 * tests/fixtures/corpus-checklists.json are asked as answers, and a seeded sample of ten
 * questions to read. Held-out articles (never used for tuning) are summed up separately.
 *
 * `--corpus <dir> --checklists <file>` reads another set of articles, so the deriver can be judged
 * on articles kept outside the repository (and so never tuned on); `--sample <n>` prints n
 * questions of each deck instead of ten.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { deriveDeck } from '../domain/article/derive-deck';
import { seededShuffle } from '../domain/article/question-kit';
import { answerText, type Deck, type Question } from '../domain/shared/deck';

const DEFAULT_CORPUS = 'tests/fixtures/corpus';
const DEFAULT_CHECKLISTS = 'tests/fixtures/corpus-checklists.json';

interface ChecklistItem {
  fact: string;
  answers: string[];
}
interface Checklists {
  heldOut: string[];
  articles: Record<string, ChecklistItem[]>;
}

/** Words that need something said before them to mean anything. */
const PRONOUN = /^(?:he|she|it|they|his|her|its|their|him|them|this|these|those)\b/i;
/** The question-type lead-ins a prompt may start with before the sentence itself. */
const LEAD_IN = /^(?:True or false\?|How many\?|(?:Who|Which [a-z]+|When) fills the blank\?|…)\s*/;

const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[–—-]/g, '-')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim()
    // "A pre-dreadnought battleship" answers "pre-dreadnought battleship".
    .replace(/^(?:a|an|the) /, '');

export function isBlanked(question: Question): boolean {
  return question.prompt.includes('____');
}

export function isPronounLed(question: Question): boolean {
  let prompt = question.prompt;
  for (let previous = ''; previous !== prompt; ) {
    previous = prompt;
    prompt = prompt.replace(LEAD_IN, '');
  }
  return PRONOUN.test(prompt);
}

/** A checklist fact is asked when a question (not true/false) has one of its answers as its answer. */
export function isAsked(item: ChecklistItem, deck: Deck): boolean {
  const wanted = new Set(item.answers.map(normalise));
  return deck.questions.some(
    (q) =>
      q.type !== 'true-false' &&
      [answerText(q), ...(q.accepted ?? [])].some((answer) => wanted.has(normalise(answer))),
  );
}

function counts(values: string[]): string {
  const tally = new Map<string, number>();
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1);
  return [...tally]
    .sort((a, b) => b[1] - a[1])
    .map(([value, n]) => `${value} ${n}`)
    .join(', ');
}

const percent = (part: number, whole: number) => `${whole ? ((100 * part) / whole).toFixed(1) : '0.0'}%`;

interface Totals {
  decks: number[];
  questions: number;
  blanked: number;
  pronounLed: number;
  facts: number;
  asked: number;
}

function summary(name: string, totals: Totals): string {
  const sizes = [...totals.decks].sort((a, b) => a - b);
  const middle = (sizes.length - 1) / 2;
  const median = ((sizes[Math.floor(middle)] ?? 0) + (sizes[Math.ceil(middle)] ?? 0)) / 2;
  return [
    `## ${name}: ${totals.decks.length} articles`,
    `deck sizes ${sizes.join(', ')} (median ${median})`,
    `headline facts asked as answers: ${totals.asked}/${totals.facts} (${percent(totals.asked, totals.facts)})`,
    `blanked-sentence prompts: ${percent(totals.blanked, totals.questions)}; pronoun-led prompts: ${percent(totals.pronounLed, totals.questions)}`,
  ].join('\n');
}

/** Splits the command line into `--flag value` options and the article names left over. */
function parseArguments(args: string[]) {
  const options = {
    corpus: DEFAULT_CORPUS,
    checklists: DEFAULT_CHECKLISTS,
    sample: 10,
    only: [] as string[],
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!['--corpus', '--checklists', '--sample'].includes(arg)) {
      options.only.push(arg);
      continue;
    }
    const value = args[++i];
    if (!value) throw new Error(`${arg} needs a value: ${arg} <value>`);
    if (arg === '--sample') {
      options.sample = Number(value);
      if (!Number.isInteger(options.sample) || options.sample < 0)
        throw new Error(`--sample takes a whole number, not "${value}"`);
    } else options[arg === '--corpus' ? 'corpus' : 'checklists'] = value;
  }
  return options;
}

function main(): void {
  const { corpus, checklists: checklistsFile, sample, only } = parseArguments(process.argv.slice(2));
  const checklists = JSON.parse(readFileSync(checklistsFile, 'utf8')) as Checklists;
  const names = Object.keys(checklists.articles).filter((n) => only.length === 0 || only.includes(n));
  const empty = (): Totals => ({ decks: [], questions: 0, blanked: 0, pronounLed: 0, facts: 0, asked: 0 });
  const tuning = empty();
  const heldOut = empty();
  for (const name of names) {
    const raw = readFileSync(join(corpus, `${name}.txt`), 'utf8');
    const start = performance.now();
    const deck = deriveDeck(raw);
    const ms = performance.now() - start;
    const checklist = checklists.articles[name] ?? [];
    const missed = checklist.filter((item) => !isAsked(item, deck));
    const blanked = deck.questions.filter(isBlanked).length;
    const pronounLed = deck.questions.filter(isPronounLed);
    const totals = checklists.heldOut.includes(name) ? heldOut : tuning;
    totals.decks.push(deck.questions.length);
    totals.questions += deck.questions.length;
    totals.blanked += blanked;
    totals.pronounLed += pronounLed.length;
    totals.facts += checklist.length;
    totals.asked += checklist.length - missed.length;
    console.log(
      `\n# ${name}${checklists.heldOut.includes(name) ? ' (held out)' : ''}: ${raw.length.toLocaleString('en')} characters, ${ms.toFixed(0)} ms`,
    );
    console.log(`questions: ${deck.questions.length}`);
    console.log(`types: ${counts(deck.questions.map((q) => q.type))}`);
    console.log(`topics: ${counts(deck.questions.map((q) => q.topic))}`);
    console.log(
      `blanked sentences: ${percent(blanked, deck.questions.length)}; pronoun-led: ${pronounLed.length}`,
    );
    console.log(
      `checklist: ${checklist.length - missed.length}/${checklist.length} asked${missed.length ? `; missed: ${missed.map((m) => m.fact).join('; ')}` : ''}`,
    );
    for (const q of pronounLed.slice(0, 3)) console.log(`  pronoun-led: ${q.prompt}`);
    console.log('sample:');
    for (const q of seededShuffle(deck.questions, `${name}|sample`).slice(0, sample)) {
      const options = q.options && q.type !== 'true-false' ? ` [${q.options.join(' | ')}]` : '';
      console.log(`  - (${q.type}) ${q.prompt}${options} → ${answerText(q)}`);
    }
  }
  console.log('');
  console.log(summary('Tuning articles', tuning));
  console.log(summary('Held-out articles', heldOut));
}

main();
