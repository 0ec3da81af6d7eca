import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts';
import { splitSentencesNlp } from './nlp';
import { parseArticle } from './parse-article';
import { otherNameQuestions, showsOtherName } from './relation-questions';

describe('showsOtherName', () => {
  it('is true where the text names a place twice: "now", "to the …", initials, "also known as"', () => {
    expect(showsOtherName('He died in Tanzhou (now Changsha) in 770.', 'Tanzhou', 'Changsha')).toBe(true);
    expect(
      showsOtherName('In the case of Raqqa (Kallinikos to the Byzantines), …', 'Raqqa', 'Kallinikos'),
    ).toBe(true);
    expect(
      showsOtherName('It was built for the Imperial Japanese Navy (IJN).', 'IJN', 'Imperial Japanese Navy'),
    ).toBe(true);
    expect(
      showsOtherName(
        'Rizal Park, also known as Luneta Park, is the national park.',
        'Rizal Park',
        'Luneta Park',
      ),
    ).toBe(true);
  });

  it('is true for a bare second name in brackets where the name ends', () => {
    expect(
      showsOtherName('They subdued Circesium (al-Qarqisiya), Amid and Dara.', 'Circesium', 'al-Qarqisiya'),
    ).toBe(true);
  });

  it('is false for a maker in brackets or a bracket inside a longer name', () => {
    expect(
      showsOtherName(
        'It was driven by a Daimler (Germaniawerft) or Körting (Weser) diesel engine.',
        'Germaniawerft',
        'Daimler',
      ),
    ).toBe(false);
    expect(
      showsOtherName(
        'It was driven by a Daimler (Germaniawerft) or Körting (Weser) diesel engine.',
        'Weser',
        'Körting',
      ),
    ).toBe(false);
    expect(
      showsOtherName(
        'Grievances were addressed with the passing of the Local Government (Northern Ireland) Act, 1972.',
        'Northern Ireland',
        'Local Government',
      ),
    ).toBe(false);
  });
});

describe('otherNameQuestions', () => {
  it('never offers a part of a name as another name of it', () => {
    const raw =
      "= Battle of Kell Ford =\n\nThe Battle of Kell Ford was fought in 1779. The rangers marched from Cole's Landing (Cole) to the ford. Later they returned to Cole's Landing.\n";
    expect(otherNameQuestions(extractFacts(parseArticle(raw, splitSentencesNlp)))).toEqual([]);
  });
});
