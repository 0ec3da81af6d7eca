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

  it('reads a ship through "she": what it was, who sank it, and a date that opens the sentence', () => {
    const lines = asked(
      '= Japanese battleship Kasuga =\n\nKasuga (春日) was an armoured cruiser built for the Imperial Japanese Navy in 1902. She served in the war with Russia. In 1938, she was converted into a repair ship. She was sunk en route by the American submarine USS Perch, although her crew survived.\n',
    );
    expect(lines).toContain('What was Kasuga? → An armoured cruiser');
    expect(lines).toContain('In which year was Kasuga converted into a repair ship? → 1938');
    expect(lines).toContain('By whom was Kasuga sunk en route? → USS Perch');
  });

  it('asks who shot the subject down and when, and keeps what a participle names ("declared emperor")', () => {
    const flight = asked(
      '= Northern Airways Flight 12 =\n\nNorthern Airways Flight 12 was a scheduled passenger flight that was shot down by the Free Mountain Army on 4 May 1961, during the border war.\n',
    );
    expect(flight).toContain('By whom was Northern Airways Flight 12 shot down? → Free Mountain Army');
    expect(flight).toContain('In which year was Northern Airways Flight 12 shot down? → 1961');
    expect(
      asked(
        '= Pertinax =\n\nPertinax was a Roman general. Pertinax was declared emperor by the Praetorian Guard in 193.\n',
      ),
    ).toContain('By whom was Pertinax declared emperor? → Praetorian Guard');
  });

  it('dates a fact by an opening only when the opening is that date alone', () => {
    const lines = asked(
      '= Arthur Penrose =\n\nArthur Penrose (3 May 1901 – 9 June 1970) was an officer of the Royal Air Force. After graduating in 1919, he was appointed a flying instructor at Cranwell. In 1938, he was appointed a Companion of the Order of the Bath. He retired in 1950.\n\n== Life ==\n\nPenrose flew bombers. Penrose married in 1930. Penrose died at Bath.\n',
    );
    // The first participle of a sentence is the one asked; here that of the flying instructor.
    expect(lines.filter((line) => line.includes('1919'))).toEqual([]);
    expect(lines).toContain(
      'In which year was Arthur Penrose appointed a Companion of the Order of the Bath? → 1938',
    );
  });

  it('asks during which conflict the subject was fought, under its first name, but not across an "and"', () => {
    const lines = asked(
      '= Battle of Kell Ford =\n\nThe Battle of Kell Ford or the Battle of Kell Bridge was fought on May 2, 1779, during the American Revolutionary War.\n',
    );
    expect(lines).toContain(
      'During which conflict was the Battle of Kell Ford fought? → American Revolutionary War',
    );
    expect(lines).toContain('In which year was the Battle of Kell Ford fought? → 1779');
    const tank = asked(
      '= Light Tank Mk IX =\n\nThe Light Tank Mk IX was a British light tank produced by Vickers in the late 1930s and deployed during the World War II.\n',
    );
    expect(tank.filter((line) => line.includes('conflict'))).toEqual([]);
  });

  it('asks where the subject of a life was born, from wherever the article says it', () => {
    const lines = asked(
      '= Arthur Penrose =\n\nArthur Penrose (3 May 1901 – 9 June 1970) was an officer of the Royal Air Force. He joined in 1920. He flew bombers.\n\n== Early life ==\n\nThe son of a grocer, Arthur Penrose was born on 3 May 1901 in Truro, Cornwall. Penrose went to school in Exeter. Penrose married in 1930. Penrose learned to fly at Exeter.\n',
    );
    expect(lines).toContain('Where was Penrose born? → Truro');
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
