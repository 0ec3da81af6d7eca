import { ImportFormatError } from '../shared/errors';
import { CLOZE_GAP } from './anki-notes';
import { giftAnswers } from './gift-answers';
import { giftText, protectEscapes, restoreEscapes } from './gift-text';
import {
  addCard,
  checkImportSize,
  type ImportedCard,
  type ImportPreview,
  sortSkipped,
} from './import-preview';

/**
 * Moodle's GIFT, read by Moodle's own rules (question/format/gift/format.php): questions are
 * blocks between blank lines; a line starting with // is a comment; `$CATEGORY:` starts a
 * category (a deck here); `::name::` names a question; the answer block is the text between
 * the first `{` and the first `}`, and text after it makes a missing-word question; `\` escapes
 * `~ = # { } :` and itself, `\n` is a line break. Essays and descriptions have no answer to
 * check: they are skipped, saying so.
 */
export function readGift(text: string): ImportPreview {
  checkImportSize(text);
  const preview: ImportPreview = { cards: [], skipped: [] };
  let category: string | undefined;
  for (const block of giftBlocks(text)) {
    const body = protectEscapes(block.lines.join('\n').trim());
    if (body === '') continue;
    if (body.startsWith('$CATEGORY:')) {
      category = categoryName(body.slice('$CATEGORY:'.length));
      continue;
    }
    const made = giftCard(body);
    if ('skip' in made) {
      preview.skipped.push({ line: block.line, reason: made.skip });
      continue;
    }
    addCard(preview, {
      ...made,
      line: block.line,
      tags: [],
      raw: block.raw,
      ...(category ? { deck: category } : {}),
    });
  }
  if (preview.cards.length === 0 && preview.skipped.length === 0) {
    throw new ImportFormatError(
      'This GIFT file holds no question: only comments, categories or blank lines.',
    );
  }
  return sortSkipped(preview);
}

interface GiftBlock {
  /** 1-based line the block starts on. */
  line: number;
  /** Its lines trimmed, comment lines blanked, as Moodle reads them. */
  lines: string[];
  raw: string;
}

function giftBlocks(text: string): GiftBlock[] {
  const blocks: GiftBlock[] = [];
  let current: GiftBlock | undefined;
  const all = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  all.forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '') {
      current = undefined;
      return;
    }
    const comment = trimmed.startsWith('//');
    if (!current) {
      current = { line: index + 1, lines: [], raw: '' };
      blocks.push(current);
    }
    // The block's line is its first line that is not a comment: where the question is.
    if (!comment && current.lines.every((text) => text === '')) current.line = index + 1;
    current.lines.push(comment ? '' : trimmed);
    current.raw = current.raw === '' ? line : `${current.raw}\n${line}`;
  });
  return blocks;
}

/** `$course$/top/History/Emesa` → "History/Emesa": the context and the top category say nothing. */
function categoryName(path: string): string | undefined {
  const parts = restoreEscapes(path.trim())
    .split(/(?<!\/)\/(?!\/)/)
    .map((part) => part.replaceAll('//', '/').trim())
    .filter((part, index) => part !== '' && !(index === 0 && /^\$\w+\$$/.test(part)));
  if (parts[0] === 'top') parts.shift();
  return parts.length > 0 ? parts.join('/') : undefined;
}

type CardParts = Pick<
  ImportedCard,
  'front' | 'back' | 'type' | 'answers' | 'options' | 'accepted' | 'explanation'
>;

function giftCard(body: string): CardParts | { skip: string } {
  let text = body;
  if (text.startsWith('::')) {
    const end = text.indexOf('::', 2);
    if (end >= 0) text = text.slice(end + 2).trim();
  }
  const open = text.indexOf('{');
  const close = text.indexOf('}');
  if (open < 0 && close < 0) return { skip: 'a description (no {…} answer block), not a question' };
  if (open < 0 || close < open) {
    return { skip: 'a { or } is missing around the answers (write \\{ or \\} for a brace in the text)' };
  }
  let block = text.slice(open + 1, close).trim();
  const missingWord = text.slice(close + 1).trim() !== '';
  // Moodle puts a gap where the block was when text follows it (the missing-word format).
  const prompt = giftText(
    missingWord ? `${text.slice(0, open)}${CLOZE_GAP}${text.slice(close + 1)}` : text.slice(0, open),
  );
  const feedbackAt = block.lastIndexOf('####');
  const general = feedbackAt >= 0 ? giftText(block.slice(feedbackAt + 4)) : '';
  if (feedbackAt >= 0) block = block.slice(0, feedbackAt).trim();
  if (block === '') return { skip: 'an essay question has no answer to check; Muster skips it' };
  if (prompt === '' || prompt === CLOZE_GAP) return { skip: 'the question text is empty' };
  const answers = giftAnswers(block, missingWord);
  if ('skip' in answers) return answers;
  const { feedback, ...card } = answers;
  const explanation = general || feedback;
  return { front: prompt, ...card, ...(explanation ? { explanation } : {}) };
}
