import { CLAUSE_DASH } from './patterns';

/**
 * Last checks on a question made by moving a sentence's words about, for shapes that only show
 * once the words have moved: too short to say what it asks ("Who realized that?"), ending on a
 * word that points back, a plural verb after a singular question word ("Which name were on the
 * ropes?"), a dash left where a clause was cut ("…1st Battalion — lead?"), or an article
 * stranded before a preposition ("…place the from the Raider battalion…").
 */

const TOO_SHORT_WORDS = 4;
const POINTS_BACK = /\b(?:that|this|these|those|it|them|so|there|such)\?$/i;
/** The question word as the subject: "Which name were…" (after a preposition, "To which place were two crews sent?", the verb is the subject's). */
const SINGULAR_THEN_PLURAL =
  /^(?:which|what)\s+(?:name|place|person|organisation|unit|ship|event|battle|conflict|publication)\s+(?:were|are|have)\b/i;
const CUT_DASH = new RegExp(CLAUSE_DASH);
const STRANDED_ARTICLE = /(?<!\p{L})(?:the|a|an)\s+(?:from|of|in|to|by|at|with|for|on|into)\b/iu;

export function readsWell(prompt: string): boolean {
  return (
    prompt.split(/\s+/).length >= TOO_SHORT_WORDS &&
    !POINTS_BACK.test(prompt) &&
    !SINGULAR_THEN_PLURAL.test(prompt) &&
    !CUT_DASH.test(prompt) &&
    !STRANDED_ARTICLE.test(prompt)
  );
}
