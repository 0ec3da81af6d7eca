import { describe, expect, it } from 'vitest';
import { answerText } from '../shared/deck';
import { extractFacts } from './facts';
import { lifeQuestions } from './headline';
import { leadFactQuestions } from './lead-facts';
import { splitSentencesNlp } from './nlp';
import { parseArticle } from './parse-article';

const questionsOf = (raw: string) => {
  const article = parseArticle(raw, splitSentencesNlp);
  return leadFactQuestions(article, extractFacts(article));
};
const asked = (raw: string) => questionsOf(raw).map((q) => `${q.prompt} → ${answerText(q)}`);

describe('leadFactQuestions: headline facts mined from a lead with no infobox', () => {
  it('asks who founded a city and when, from a participle after the definition', () => {
    const lines = asked(
      '= Manila =\n\nManila (/ məˈnɪl.ə /) is the capital city of the Philippines, founded on June 24, 1571 by Spanish conquistador Miguel López de Legazpi. It is situated on the eastern shore of Manila Bay and contains a multitude of landmarks.\n',
    );
    expect(lines).toContain('By whom was Manila founded? → Miguel López de Legazpi');
    expect(lines).toContain('In which year was Manila founded? → 1571');
    expect(lines).toContain('Where is Manila situated? → Manila Bay');
  });

  it('asks who made a tank and what it was, the subject named as the sentence names it', () => {
    const lines = asked(
      '= Light Tank Mk VII Tetrarch =\n\nThe Light Tank Mk VII (A17), also known as the Tetrarch, was a British light tank produced by Vickers-Armstrongs in the late 1930s and deployed during the World War II.\n',
    );
    expect(lines).toContain('By whom was the Light Tank Mk VII produced? → Vickers-Armstrongs');
    expect(lines).toContain('What was the Light Tank Mk VII? → A British light tank');
  });

  it('asks who appointed the subject of a biography, and in which year, keeping what to', () => {
    const lines = asked(
      '= Christopher Gore =\n\nChristopher Gore (September 21, 1758 – March 1, 1827) was a prominent Massachusetts lawyer. He was appointed to the US Senate by Governor Caleb Strong in 1813, where he led opposition to the War of 1812.\n',
    );
    expect(lines).toContain('By whom was Christopher Gore appointed to the US Senate? → Caleb Strong');
    expect(lines).toContain('In which year was Christopher Gore appointed to the US Senate? → 1813');
  });

  it('keeps the honour a person was appointed, so the year has something to date', () => {
    const lines = asked(
      '= Frank Headlam =\n\nAir Vice Marshal Frank Headlam (15 July 1914 – 23 December 1976) was a senior commander in the Royal Australian Air Force. He was appointed a Companion of the Order of the Bath in 1965.\n',
    );
    expect(lines).toContain(
      'In which year was Frank Headlam appointed a Companion of the Order of the Bath? → 1965',
    );
    expect(lines).not.toContain('In which year was Frank Headlam appointed? → 1965');
  });

  it('asks the years in office, how many there are, the material, the unit and the nickname', () => {
    expect(
      asked(
        '= Nerva =\n\nNerva (Latin: Marcus Cocceius Nerva Caesar Augustus; 8 November, 30 AD – 27 January, 98 AD) was Roman Emperor from 96 to 98.\n',
      ),
    ).toEqual([
      'From which year was Nerva Roman Emperor? → 96',
      'Until which year was Nerva Roman Emperor? → 98',
      'Which office did Nerva hold from 96 to 98? → Roman Emperor',
    ]);
    const heads = asked(
      '= Olmec colossal heads =\n\nThe Olmec colossal heads are at least seventeen monumental stone representations of human heads sculpted from large basalt boulders.\n',
    );
    expect(heads).toContain('How many Olmec colossal heads are known? → seventeen');
    expect(heads).toContain('From what material were the Olmec colossal heads sculpted? → basalt');
    expect(
      asked(
        '= No. 20 Squadron RAAF =\n\nNo. 20 Squadron is a Royal Australian Air Force support squadron. Coming under the control of No. 96 Wing, it is responsible for the airfield at RAAF Base Woomera.\n',
      ),
    ).toContain('Under the control of which unit is No. 20 Squadron RAAF? → No. 96 Wing');
    expect(
      asked(
        '= Manila =\n\nManila is a city.\n\n== History ==\n\nDue to the central location in the Pacific sea trade routes, Manila received the moniker of the "Pearl of the Orient".\n',
      ),
    ).toContain('By what nickname is Manila known? → Pearl of the Orient');
  });

  it('asks nothing of a sentence about something else, nor the subject as its own answer', () => {
    expect(
      asked('= Manila =\n\nManila is a city. The Port of Manila was built by the Americans in 1901.\n'),
    ).toEqual(['What is Manila? → A city']);
  });

  it('reads life years from brackets with a Latin name and commas after the months', () => {
    const article = parseArticle(
      '= Nerva =\n\nNerva (Latin: Marcus Cocceius Nerva Caesar Augustus; 8 November, 30 AD – 27 January, 98 AD) was Roman Emperor from 96 to 98.\n',
      splitSentencesNlp,
    );
    expect(lifeQuestions(article, extractFacts(article)).map(answerText)).toEqual(['30', '98']);
  });
});
