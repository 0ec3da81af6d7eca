/**
 * Anki's stock note types, and the cards each makes from a note's fields: Basic one, Basic
 * (and reversed card) two, Basic (optional reversed card) two when "Add Reverse" is filled,
 * Cloze one per deletion number. Any other type is read as Basic from its first two fields,
 * except Image Occlusion, whose cards are pictures.
 */

/** What a note becomes: its cards, or why it makes none. */
export type NoteCards = { cards: NoteCard[] } | { skip: string };

export interface NoteCard {
  front: string;
  back: string;
  /** Undefined for a Basic note's card; "reverse", or "c1", "c2"… for a Cloze note's. */
  cardOf?: string;
  type: 'flashcard' | 'cloze';
  explanation?: string;
}

/** The gap in a cloze prompt, as the deriver writes it. */
export const CLOZE_GAP = '____';

const FRONT_NAMES = ['front', 'question', 'text', 'term'];
const BACK_NAMES = ['back', 'answer', 'definition', 'back extra', 'extra'];

/**
 * `fields` are a note's field columns in file order (guid, deck, note type and tags columns
 * already taken out); `labels` their names from #columns:, or empty.
 */
export function noteCards(noteType: string, fields: string[], labels: string[]): NoteCards {
  const field = (names: string[], fallback: number) => {
    const named = labels.findIndex((label) => names.includes(label.trim().toLowerCase()));
    return (fields[named >= 0 ? named : fallback] ?? '').trim();
  };
  const type = noteType.toLowerCase();
  if (type.includes('image occlusion')) {
    return { skip: `an "${noteType}" note is a picture with masks; Muster cards are text` };
  }
  if (type.includes('cloze')) return clozeCards(field(['text'], 0), field(['back extra', 'extra'], 1));
  if (fields.length < 2) return { skip: 'only one field: a card needs a front and a back' };
  const front = field(FRONT_NAMES, 0);
  const back = field(BACK_NAMES, front === (fields[0] ?? '').trim() ? 1 : 0);
  const forward: NoteCard = { front, back, type: 'flashcard' };
  const reverse: NoteCard = { front: back, back: front, cardOf: 'reverse', type: 'flashcard' };
  if (type.includes('optional revers')) {
    return { cards: field(['add reverse'], 2) === '' ? [forward] : [forward, reverse] };
  }
  return { cards: type.includes('revers') ? [forward, reverse] : [forward] };
}

interface Deletion {
  number: number;
  start: number;
  end: number;
  answer: string;
  hint?: string;
}

/** `{{c1::answer}}` and `{{c1::answer::hint}}`, as Anki writes them. */
function deletionsOf(text: string): Deletion[] {
  return [...text.matchAll(/\{\{c(\d+)::([\s\S]*?)\}\}/g)].map((match) => {
    const [answer = '', hint] = (match[2] ?? '').split('::', 2);
    return {
      number: Number(match[1]),
      start: match.index,
      end: match.index + match[0].length,
      answer,
      ...(hint ? { hint } : {}),
    };
  });
}

/**
 * One card per deletion number: its gaps hidden, every other deletion shown as its answer.
 * A number used once makes a cloze card (type the word); used several times, a flashcard
 * whose back lists every hidden word.
 */
function clozeCards(text: string, extra: string): NoteCards {
  const deletions = deletionsOf(text);
  if (deletions.length === 0) return { skip: 'a Cloze note with no {{c1::…}} deletion in its text' };
  const numbers = [...new Set(deletions.map((d) => d.number))].sort((a, b) => a - b);
  const cards = numbers.map((number): NoteCard => {
    const hidden = deletions.filter((d) => d.number === number);
    const single = hidden.length === 1;
    let prompt = '';
    let at = 0;
    for (const deletion of deletions) {
      prompt += text.slice(at, deletion.start);
      if (deletion.number !== number) prompt += deletion.answer;
      else {
        const gap = single ? CLOZE_GAP : '[…]';
        prompt += deletion.hint ? `${gap} (${deletion.hint})` : gap;
      }
      at = deletion.end;
    }
    prompt += text.slice(at);
    return {
      front: prompt.trim(),
      back: hidden.map((d) => d.answer.trim()).join('; '),
      type: single ? 'cloze' : 'flashcard',
      cardOf: `c${number}`,
      ...(extra ? { explanation: extra } : {}),
    };
  });
  return { cards };
}
