import { describe, expect, it } from 'vitest';
import {
  locateQuote,
  matchingChoices,
  matchingPairs,
  scoreMatching,
  scoreOrdering,
  stableShuffle,
  suggestedGrade,
} from './answer-score';

describe('suggestedGrade', () => {
  it('suggests Good when right, Hard when half right, Again otherwise', () => {
    expect(suggestedGrade(1)).toBe('good');
    expect(suggestedGrade(0.6)).toBe('hard');
    expect(suggestedGrade(0.4)).toBe('again');
    expect(suggestedGrade(0)).toBe('again');
  });
});

describe('scoreOrdering', () => {
  const answer = ['Yarmouk', 'Qinnasrin', 'Emesa', 'Raqqa'];
  it('gives full credit for the right order', () => {
    expect(scoreOrdering(answer, answer)).toMatchObject({ score: 1, correct: true, suggested: 'good' });
  });
  it('gives partial credit per item in its place', () => {
    const outcome = scoreOrdering(answer, ['Yarmouk', 'Emesa', 'Qinnasrin', 'Raqqa']);
    expect(outcome).toMatchObject({ score: 0.5, correct: false, suggested: 'hard' });
    expect(outcome.summary).toBe('2 of 4 in the right place');
  });
});

describe('matchingPairs and scoreMatching', () => {
  it('reads "left → right" answers', () => {
    expect(matchingPairs({ answer: ['Hīt → Euphrates', 'Emesa → Syria'] })).toEqual([
      { left: 'Hīt', right: 'Euphrates' },
      { left: 'Emesa', right: 'Syria' },
    ]);
  });
  it('reads the deriver\'s "left: right" answers, where several lefts share a right', () => {
    const pairs = matchingPairs({
      answer: [
        'Khalid ibn al-Walid: Rashidun Caliphate',
        'Heraclius: Byzantine Empire',
        'Umar: Rashidun Caliphate',
      ],
      options: ['Rashidun Caliphate', 'Byzantine Empire'],
    });
    expect(pairs[1]).toEqual({ left: 'Heraclius', right: 'Byzantine Empire' });
    expect(matchingChoices(pairs, 'q').sort()).toEqual(['Byzantine Empire', 'Rashidun Caliphate']);
  });

  it('reads options as the left items otherwise', () => {
    expect(matchingPairs({ answer: ['Homs', 'Kallinikos'], options: ['Emesa', 'Raqqa'] })).toEqual([
      { left: 'Emesa', right: 'Homs' },
      { left: 'Raqqa', right: 'Kallinikos' },
    ]);
  });
  it('scores the share of right pairs', () => {
    const pairs = matchingPairs({ answer: ['A → 1', 'B → 2', 'C → 3'] });
    const chosen = new Map([
      ['A', '1'],
      ['B', '3'],
      ['C', '2'],
    ]);
    expect(scoreMatching(pairs, chosen)).toMatchObject({
      score: 1 / 3,
      suggested: 'again',
      summary: '1 of 3 pairs right',
    });
  });
});

describe('stableShuffle', () => {
  it('is the same for the same seed and never the solved order', () => {
    const items = ['a', 'b', 'c'];
    expect(stableShuffle(items, 'q1')).toEqual(stableShuffle(items, 'q1'));
    for (const seed of ['q1', 'q2', 'q3', 'x', 'y']) expect(stableShuffle(items, seed)).not.toEqual(items);
    expect([...stableShuffle(items, 'q1')].sort()).toEqual(items);
  });
});

describe('locateQuote', () => {
  const article = 'Umar himself marched from Medina\nwith 1,000 men. Then more.';
  it('finds a verbatim quote', () => {
    expect(locateQuote(article, 'Then more.')).toEqual({ start: 49, end: 59 });
  });
  it('tolerates line breaks and spacing', () => {
    const at = locateQuote(article, 'from Medina with  1,000 men.');
    expect(at && article.slice(at.start, at.end)).toBe('from Medina\nwith 1,000 men.');
  });
  it('says when the quote is not there', () => {
    expect(locateQuote(article, 'Heraclius')).toBeNull();
  });
});
