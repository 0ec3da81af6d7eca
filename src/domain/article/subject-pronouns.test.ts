import { describe, expect, it } from 'vitest';
import { deriveDeck } from './derive-deck';
import { extractFacts } from './facts';
import { splitSentencesNlp } from './nlp';
import { parseArticle } from './parse-article';
import { subjectNames, subjectReference } from './subject-pronouns';

const article = (raw: string) => parseArticle(raw, splitSentencesNlp);
/** Each sentence as the deriver reads it, and the quote where that differs. */
const read = (raw: string) =>
  extractFacts(article(raw)).sentences.map((s) =>
    s.quote ? `${s.sentence} [quote: ${s.quote}]` : s.sentence,
  );

const SHIP =
  '= Japanese battleship Kasuga =\n\nKasuga (春日) was an armoured cruiser built for the Imperial Japanese Navy in 1902. She served in the war with Russia. Her guns were made in Italy.\n\n== Later years ==\n\nShe was sunk by the American submarine USS Perch in 1944. The crew was saved.\n';

const LIFE =
  '= Arthur Penrose =\n\nAir Commodore Arthur Penrose (3 May 1901 – 9 June 1970) was a senior officer of the Royal Air Force. He joined the service in 1920.\n\n== Career ==\n\nIn March 1940, he took command of No. 12 Squadron. His squadron flew Blenheims. Penrose met Marshal Hugh Dowding in 1941. He asked Penrose to lead a wing.\n\nHe retired in 1955 and died at Bath. Penrose left two sons.\n';

describe('subjectReference: who "he", "she" or "it" stands for', () => {
  it('reads a ship told with "she" as the ship, by the name its first sentence uses', () => {
    expect(subjectReference(article(SHIP))).toEqual({ name: 'Kasuga', pronoun: 'she', everywhere: true });
  });

  it('reads a life told with "he" as the person, by the word of the name the article uses alone', () => {
    expect(subjectReference(article(LIFE))).toEqual({ name: 'Penrose', pronoun: 'he', everywhere: true });
  });

  it('names a person in full when the article uses the whole name more than any part', () => {
    const raw =
      '= Li Bao =\n\nLi Bao (712 – 770) was a poet of the Tang dynasty. He wrote in exile. He travelled widely.\n\n== Life ==\n\nLi Bao was born in 712. Li Bao wrote to his friend. He died in 770.\n';
    expect(subjectReference(article(raw))?.name).toBe('Li Bao');
  });

  it('finds no one in a battle told through its commanders', () => {
    const raw =
      '= Battle of Redmarsh =\n\nThe Battle of Redmarsh was fought in 1402. General Anne Cole led the attack. He held the ford. He fell back at noon.\n';
    expect(subjectReference(article(raw))?.pronoun).not.toBe('he');
  });
});

describe('subjectNames', () => {
  it('gives every name the first sentence gives its subject', () => {
    expect(
      subjectNames(
        article(
          '= Battle of Kell Ford =\n\nThe Battle of Kell Ford (or Kell Crossing) or the Battle of Kell Bridge was fought in 1779.\n',
        ),
      ),
    ).toEqual(['The Battle of Kell Ford', 'the Battle of Kell Bridge']);
  });
});

describe('extractFacts: sentences read with the subject for its pronoun, quoted as written', () => {
  it('names the ship for "She" and "Her" anywhere in the article', () => {
    expect(read(SHIP)).toEqual([
      'Kasuga (春日) was an armoured cruiser built for the Imperial Japanese Navy in 1902.',
      'Kasuga served in the war with Russia. [quote: She served in the war with Russia.]',
      "Kasuga's guns were made in Italy. [quote: Her guns were made in Italy.]",
      'Kasuga was sunk by the American submarine USS Perch in 1944. [quote: She was sunk by the American submarine USS Perch in 1944.]',
      'The crew was saved.',
    ]);
  });

  it('names the person after an opening that names no one, but not after a sentence led by someone else', () => {
    const sentences = read(LIFE);
    expect(sentences).toContain(
      'In March 1940, Penrose took command of No. 12 Squadron. [quote: In March 1940, he took command of No. 12 Squadron.]',
    );
    expect(sentences).toContain("Penrose's squadron flew Blenheims. [quote: His squadron flew Blenheims.]");
    // "Penrose met Marshal Hugh Dowding… He asked Penrose…": here "he" is Dowding.
    expect(sentences).toContain('He asked Penrose to lead a wing.');
    expect(sentences).toContain(
      'Penrose retired in 1955 and died at Bath. [quote: He retired in 1955 and died at Bath.]',
    );
  });

  it('reads "It" as the subject only in the lead, straight after a sentence naming it', () => {
    const raw =
      '= Fort Hale =\n\nFort Hale was a star fort on the Tamar. It was built in 1650. It guarded the river mouth.\n\nThe town grew around a market. It had a charter by 1700.\n\n== History ==\n\nFort Hale was rebuilt in 1780. It was abandoned in 1850.\n';
    const sentences = read(raw);
    expect(sentences).toContain('Fort Hale was built in 1650. [quote: It was built in 1650.]');
    expect(sentences).toContain('Fort Hale guarded the river mouth. [quote: It guarded the river mouth.]');
    expect(sentences).toContain('It had a charter by 1700.');
    expect(sentences).toContain('It was abandoned in 1850.');
  });
});

describe('deriveDeck: a "he" that may be someone else is not asked as the subject', () => {
  it('asks nothing of Penrose from a sentence whose "he" follows a sentence naming another man', () => {
    const deck = deriveDeck(
      `${LIFE.trimEnd()}\n\nPenrose met Air Marshal Hugh Dowding at Bentley Priory in 1941. In 1946, he commanded the garrison at Malta.\n`,
    );
    const fromThatSentence = deck.questions.filter((q) => q.source.quote.includes('garrison at Malta'));
    expect(fromThatSentence.some((q) => q.prompt.includes('Penrose'))).toBe(false);
  });
});
