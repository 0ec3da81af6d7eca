import { type Article, bareTitle } from './parse-article';
import { escapeRegExp } from './patterns';

/**
 * "She was sunk en route by the American submarine USS Salmon", in an article on the battleship
 * Asahi, is a headline fact about Asahi, but a question led by "She" names nothing. Where the
 * pronoun can only stand for the article's subject, the sentence is read with the subject's
 * name in its place ("Asahi was sunk en route by…"); questions quote the article's own words.
 *
 * Who the pronoun stands for is decided from the article, not guessed per sentence: a life
 * ("Frank Headlam (1914 – 1976) was…", told with "he") or a ship ("Asahi was a pre-dreadnought
 * battleship…", told with "she") uses its pronoun for the subject throughout; anything else
 * ("It took place near Charleston") only in the lead, and only straight after a sentence that
 * names the subject or was itself read that way.
 */

export interface SubjectReference {
  /** How a sentence names the subject: "Headlam", "Asahi", "The Battle of Sullivan's Island". */
  name: string;
  pronoun: 'he' | 'she' | 'it';
  /** A life or a ship: the pronoun means the subject anywhere in the article, not only in the lead. */
  everywhere: boolean;
}

const PRONOUN_WORDS = { he: ['He', 'His'], she: ['She', 'Her'], it: ['It', 'Its'] } as const;
/** Words the subject's name may carry before it in the first sentence: ranks and honorifics. */
const RANK =
  /^(?:(?:Air|Vice|Rear|Lieutenant|Major|Brigadier|Field|Grand|Sir|Dame|Lord|Lady|General|Admiral|Marshal|Colonel|Captain|Commodore|Commander|Sergeant|Private|Reverend|Saint|St\.|Dr\.?|Professor|President|Governor|Senator|King|Queen|Emperor|Empress|Pope|Chief)\s+)+/;
/** The kinds of vessel an article may be about: a ship is "she". */
const VESSEL =
  /\b(?:ship|battleship|cruiser|battlecruiser|destroyer|frigate|corvette|submarine|carrier|ironclad|sloop|schooner|galleon|steamer|steamship|liner|vessel|monitor|gunboat|dreadnought)\b/;

/**
 * The names the first sentence gives its subject, before its first verb of being, asides
 * taken out: "Asahi (朝日, Asahi) was a…" → ["Asahi"]; "The Battle of Sullivan's Island or
 * the Battle of Fort Sullivan was fought…" → both.
 */
function subjectPhrases(first: string): string[] {
  const tidy = first.replace(/\s*\([^()]*\)/g, '').replace(/\s*\([^()]*\)/g, '');
  const m = /^(.{2,120}?)(?:,[^,]{0,60},)?\s+(?:is|was|are|were)\s/.exec(tidy);
  return (m?.[1]?.split(/,\s+/)[0] ?? '')
    .split(/\s+or\s+/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Every name the article's first sentence gives its subject: never an answer about it. */
export const subjectNames = (article: Article): string[] =>
  subjectPhrases(article.lead[0]?.sentences[0] ?? '');

/** How often each pronoun (capitalised, before a lowercase word) starts a sentence. */
function openings(sentences: string[]): Record<'he' | 'she' | 'it', number> {
  const count = { he: 0, she: 0, it: 0 };
  for (const s of sentences) {
    const m = /^(He|She|It)\s+\p{Ll}/u.exec(s);
    if (m?.[1]) count[m[1].toLowerCase() as 'he' | 'she' | 'it'] += 1;
  }
  return count;
}

/**
 * How the article names a person on their own: the word of the name it uses alone most
 * ("Headlam", "Gore"), or the whole name when it is used whole more often ("Du Fu").
 */
function shortName(article: Article, name: string): string {
  const count = (text: string, phrase: string) =>
    text.split(new RegExp(`(?<![\\p{L}])${escapeRegExp(phrase)}(?![\\p{L}])`, 'u')).length - 1;
  // The prose, not the title line: how the article names them as it goes.
  const prose = article.text.slice(article.text.indexOf('\n') + 1);
  const whole = count(prose, name);
  const rest = prose.split(name).join(' ');
  let best = name;
  let most = whole;
  for (const word of name.split(/\s+/).filter((w) => w.length > 1 && /^\p{Lu}/u.test(w) && !/\.$/.test(w))) {
    const alone = count(rest, word);
    if (alone > most) [best, most] = [word, alone];
  }
  return best;
}

/** Who "he", "she" or "it" stands for in this article, if anyone can tell. */
export function subjectReference(article: Article): SubjectReference | undefined {
  const lead = article.lead.flatMap((p) => p.sentences);
  const first = lead[0];
  if (!first) return undefined;
  const phrase = subjectPhrases(first)[0];
  if (!phrase) return undefined;
  const title = bareTitle(article.title);
  const all = [...lead, ...article.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences))];
  const told = openings(all);
  const named = phrase.replace(RANK, '');
  // "Frank Headlam", "Osbert de Bayeux", or one name with a life's dates after it ("Nerva (… 30 AD – …)").
  const isLife =
    named === title &&
    (/^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|von|van|da|di|du|le|la)\s+)?\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(title) ||
      new RegExp(`^${escapeRegExp(title)}\\s*\\([^)]*\\d`).test(first));
  if (isLife) {
    const pronoun = told.he >= 4 * told.she ? 'he' : told.she >= 4 * told.he ? 'she' : undefined;
    if (pronoun && told[pronoun] >= 2) return { name: shortName(article, title), pronoun, everywhere: true };
  }
  const predicate = first.slice(first.search(/\s(?:is|was)\s/) + 1);
  const isShip = VESSEL.test(predicate.slice(0, 60));
  if (isShip && told.she >= 2 && told.she >= 4 * told.he && title.includes(named))
    return { name: named, pronoun: 'she', everywhere: true };
  if (openings(lead).it > 0 && named.split(/\s+/).length <= 6 && !/^(?:It|This|These|They)$/.test(named))
    return { name: named, pronoun: 'it', everywhere: false };
  return undefined;
}

/** "She was sunk…" → "Asahi was sunk…"; "Her crew…" → "Asahi's crew…"; "In 1941, he became…" → "In 1941, Headlam became…". */
function withName(sentence: string, ref: SubjectReference): string | undefined {
  const [subject, possessive] = PRONOUN_WORDS[ref.pronoun];
  const lead = new RegExp(`^(${subject}|${possessive})\\s+(?=\\p{Ll})`, 'u').exec(sentence);
  if (lead) {
    const name = lead[1] === subject ? ref.name : `${ref.name}'s`;
    return `${name} ${sentence.slice(lead[0].length)}`;
  }
  if (ref.pronoun === 'it') return undefined;
  // "In April 1941, he became…": only after a short opening that names no one.
  const inner = new RegExp(`^([^,]{3,60}), ${subject.toLowerCase()}\\s+(?=\\p{Ll})`, 'u').exec(sentence);
  if (inner?.[1] && !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(inner[1].slice(1)))
    return `${inner[1]}, ${ref.name} ${sentence.slice(inner[0].length)}`;
  return undefined;
}

/**
 * Each sentence of a paragraph as the deriver should read it: with the subject's name for a
 * pronoun that can only mean the subject, else as written. `namesOtherPerson` says whether a
 * sentence names someone else ("Penrose met Hugh Dowding. He asked…": then "he" may be Dowding).
 */
export function readSubjectPronouns(
  sentences: string[],
  ref: SubjectReference | undefined,
  inLead: boolean,
  namesOtherPerson: (sentence: string) => boolean,
): string[] {
  if (!ref || (!ref.everywhere && !inLead)) return sentences;
  const namesSubject = (s: string) => s.startsWith(ref.name) || s.startsWith(`The ${ref.name}`);
  let previousAboutSubject = false;
  return sentences.map((sentence, i) => {
    const previous = sentences[i - 1];
    const allowed = ref.everywhere
      ? previous === undefined || !namesOtherPerson(previous)
      : previousAboutSubject || (previous !== undefined && namesSubject(previous));
    // "He asked Penrose to…": a sentence that names the subject is about someone else's act.
    const read = allowed && !sentence.includes(ref.name) ? withName(sentence, ref) : undefined;
    previousAboutSubject = read !== undefined || namesSubject(sentence);
    return read ?? sentence;
  });
}
