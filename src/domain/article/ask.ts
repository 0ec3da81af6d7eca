import { askingWord, type Focus, isEntityKind, ORGANISATION_NAME } from './focus';
import { COMPETITION_HEAD } from './kind-evidence';
import { type Analysis, isNationality, toInfinitive, type VerbPhrase } from './nlp';
import { AMOUNT_WORDS, CLAUSE_DASH, escapeRegExp, MONTH, OPENING_YEAR, PRONOUN_LED } from './patterns';

/**
 * Turns a sentence and the thing to ask about into the question a teacher would write:
 * "Nerva adopted Trajan as his successor." → "Who adopted Trajan as his successor?" (the
 * subject asked), "Whom did Nerva adopt as his successor?" (the object asked, the verb put
 * back in its plain form with "did"), "The War Office ordered how many tanks?" when moving
 * the words would be unsafe. Returns undefined when no clean question can be made; the
 * caller then falls back to a blank, or to nothing.
 */

const PREPOSITION =
  /\b(in|on|at|by|from|to|into|near|with|under|during|against|towards?|for|of|between|since|until|after|before)\s+(?:the\s+|(?:about|around|circa|c\.)\s+)?$/i;
/**
 * Where a clause ends: punctuation (a comma inside a number, "1,780,148", and the dash of a
 * range, "1904 – 05", end none), a relative or contrasting word, or "and" before a new noun
 * phrase ("…with 1,200 men and the army…").
 */
const CLAUSE_END = new RegExp(
  String.raw`,(?!\s?\d)|:(?!\d)|[;()]|${CLAUSE_DASH}|\s(?:which|who|whose|where|while|whereas|although|though|but)\s|\sand\s(?=(?:the|his|her|their|its)\s)`,
  'g',
);
const MAX_WORDS = 28;
/**
 * What may stand before a year that is asked: a preposition, then perhaps a day and month
 * ("in 1776", "on 5 January 1969", "until 12 May 1942"). "in early 1776", "in late 1937"
 * leave a word the question cannot keep ("in early which year").
 */
const YEAR_LEAD = new RegExp(
  String.raw`\b(in|on|by|until|since|after|before)\s+(?:(?:\d{1,2}(?:\s*(?:and|to|–|-)\s*\d{1,2})?\s+)?(?:${MONTH})\s+(?:\d{1,2},?\s+)?)?(?:(?:early|late|mid)[\s-])?$`,
  'i',
);
const ADVERBIAL_START =
  /^(?:after|before|in|on|at|by|during|following|with|when|while|although|upon|under|from|since|as|for|despite|once|then|later|thus|however|soon|finally|eventually|meanwhile|also)\b/i;

export interface Asked {
  prompt: string;
  /** True when the question was reordered around "Who/When…" (a teacher's phrasing). */
  fronted: boolean;
}

/** The question word put where the focus stands: "…were sent to which place?". */
function inSituWord(kind: Focus['kind']): string {
  if (kind === 'person') return 'whom';
  if (kind === 'number') return 'how many';
  return `which ${kind === 'organisation' ? 'organisation' : kind}`;
}

function whWord(
  focus: Focus,
  preposition: string | undefined,
): { front: string; inSitu: string } | undefined {
  const p = preposition?.toLowerCase();
  const inSitu = inSituWord(focus.kind);
  switch (focus.kind) {
    case 'person':
      return { front: p ? `${capital(p)} whom` : 'Whom', inSitu };
    case 'place':
      if (p === 'in' || p === 'at' || p === 'near' || p === 'on') return { front: 'Where', inSitu };
      // "the government of Domitian", "according to Cassius Dio": not shown to be a place.
      if (!focus.sure) return undefined;
      return { front: p ? `${capital(p)} ${inSitu}` : capital(inSitu), inSitu };
    case 'organisation':
    case 'unit':
    case 'ship':
    case 'conflict':
    case 'battle':
    case 'publication':
    case 'event':
    case 'competition':
      return { front: p ? `${capital(p)} ${inSitu}` : capital(inSitu), inSitu };
    case 'year':
      if (p && !YEAR_PREPOSITIONS.includes(p)) return undefined;
      return { front: `${capital(p ?? 'in')} ${inSitu}`, inSitu };
    case 'number':
      // "landing on four beaches" → "On how many beaches…": the preposition goes with the count.
      if (!focus.unit || SCALE.test(focus.unit)) return undefined;
      return {
        front: p ? `${capital(p)} how many ${focus.unit}` : `How many ${focus.unit}`,
        inSitu: `how many ${focus.unit}`,
      };
  }
}

/** Prepositions a year can be asked with: "In which year…", "Until which year…". */
const YEAR_PREPOSITIONS = ['in', 'by', 'until', 'since', 'after', 'before'];

/** Words that open a sentence only because it starts there: lowercased once the subject moves inside a question. */
const COMMON_OPENER =
  /^(?:The|A|An|Some|Many|Most|All|Several|Few|Both|Each|Every|No|Other|Such|These|Those|This|That|About|Around|Over|Nearly|Almost|Only|More|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Hundreds|Thousands)\b/;

/** "Some 100,000 civilians" → "some 100,000 civilians", so "In which year were some 100,000 civilians killed?" reads whole. */
export function lowerOpener(subject: string): string {
  return COMMON_OPENER.test(subject) ? `${subject[0]?.toLowerCase()}${subject.slice(1)}` : subject;
}

const capital = (s: string) => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
const tidy = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:?])/g, '$1')
    .replace(/[,;:\s]+$/, '')
    .trim();

/** A verb phrase with a tense, not a gerund, and not a plural noun read as a verb ("heads", "forces"). */
function isFiniteVerb(v: VerbPhrase, analysis: Analysis): boolean {
  if (!v.tense || v.gerund) return false;
  const first = analysis.terms.find((t) => t.start === v.start);
  // "forced to flee the capital and abdicate": an infinitive is no second clause.
  return !(first?.tags.has('Noun') || first?.tags.has('Plural') || first?.tags.has('Infinitive'));
}

/** The finite verb of the main clause: the first verb phrase that is not a participle after a comma. */
function mainVerb(sentence: string, analysis: Analysis): VerbPhrase | undefined {
  return analysis.verbs.find((v) => {
    if (!isFiniteVerb(v, analysis)) return false;
    const before = sentence.slice(Math.max(0, v.start - 12), v.start);
    if (/\b(?:who|which|that|to)\s*$/i.test(before)) return false;
    return v.start > 0;
  });
}

/** Words that open a clause of their own inside a sentence: "…, where Moultrie commanded", "…, because…". */
const SUBORDINATE = /\b(?:when|because|if|unless|whom|whose|that|whether)\s/i;

/**
 * True for a sentence of one clause: one finite verb, no clause-ending punctuation or
 * relative word. Only such a sentence can have a question word put where its fact stands
 * and still read as a question ("The first how many rulers…, and they probably felt…?" cannot).
 */
export function isSingleClause(sentence: string, analysis: Analysis, from = 0): boolean {
  const body = sentence.slice(from).replace(/[.!?"'”’\s]+$/, '');
  if (clauseBreaks(body).length > 0 || SUBORDINATE.test(body)) return false;
  const to = from + body.length;
  return (
    analysis.verbs.filter((v) => v.start >= from && v.end <= to && isFiniteVerb(v, analysis)).length === 1
  );
}

/** Words that open an adverbial phrase or a subordinate clause: what they open is no main clause. */
const SUBORDINATE_START =
  /^(?:after|before|when|while|although|though|because|since|as|if|until|once|whereas|unless|at|in|on|by|during|following|with|upon|under|from|despite)\b/i;

/** A noun before the clause's first finite verb: "Reclassified as a coastal defence ship in 1921" has none. */
function hasSubject(sentence: string, analysis: Analysis, from: number): boolean {
  const verb = analysis.verbs.find((v) => v.start >= from && isFiniteVerb(v, analysis));
  return Boolean(
    verb &&
      !/,/.test(sentence.slice(from, verb.start)) &&
      analysis.terms.some((t) => t.start >= from && t.end <= verb.start && t.tags.has('Noun')),
  );
}

/** A comma before a phrase led by a preposition (", during the American Revolutionary War") ends no clause. */
const PHRASE_AFTER_COMMA =
  /^,\s+(?:during|in|on|at|near|after|before|from|with|by|under|for|of|against|since|until|through|throughout)\s/i;

/** Where clauses break in `text`: the clause ends, but no comma that only sets off a prepositional phrase. */
function clauseBreaks(text: string): RegExpExecArray[] {
  CLAUSE_END.lastIndex = 0;
  return [...text.matchAll(CLAUSE_END)].filter((m) => !PHRASE_AFTER_COMMA.test(text.slice(m.index)));
}

/**
 * Where the main clause starts when the focus is in it: 0, or just after a short opening
 * adverbial ("As a result, 20 were sent to…"); -1 when the focus sits in a later clause.
 */
function mainClauseStart(sentence: string, focusStart: number): number {
  const breaks = clauseBreaks(sentence);
  const first = breaks[0];
  if (!first || first.index >= focusStart) return 0;
  const opening = sentence.slice(0, first.index);
  if (first[0] !== ',' || words(opening) > 8 || !isLeadingAdverbial(opening)) return -1;
  const next = breaks[1];
  return next && next.index < focusStart ? -1 : first.index + 2;
}

/** The end of the clause the focus and the verb sit in. */
function clauseEnd(sentence: string, from: number): number {
  CLAUSE_END.lastIndex = from;
  const m = CLAUSE_END.exec(sentence);
  return m ? m.index : sentence.replace(/[.!?"'”’\s]+$/, '').length;
}

/** Words a question cannot end on: "…a volunteer force called the?" */
const DANGLING =
  /\b(?:the|a|an|of|and|or|by|to|in|at|from|with|as|like|such as|including|for|on|into|than|called|named|known as|its|his|her|their)$/i;

/**
 * True when the focus cannot be taken out of the sentence cleanly: it is one of a list
 * ("over Lae and Salamaua"), part of a longer name ("Diocese of York"), or a possessive.
 */
function isEntangled(sentence: string, focus: Focus): boolean {
  const before = sentence.slice(Math.max(0, focus.start - 6), focus.start);
  const after = sentence.slice(focus.end, focus.end + 8);
  if (focus.kind === 'year')
    // "in 1961 – 62": one end of a range.
    return /^\s*(?:and|or|[–-])\s*\d/.test(after) || /\d\s+(?:and|or|to|by)\s+$/.test(before);
  if (focus.kind === 'number') {
    const wider = sentence.slice(Math.max(0, focus.start - 20), focus.start);
    return (
      unitCount(sentence, focus.unit) > 1 ||
      // "three half brothers and one half sister", "100 by 80 metres": one of two amounts.
      /^\s*,?\s*(?:and|or|by)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b/.test(after) ||
      /\d\s+(?:and|or|to|by)\s+$/.test(before) ||
      // "425 feet 3 inches", "3 feet 6 inches": one part of a compound measurement.
      MEASURE_BEFORE.test(wider) ||
      /^\s+\d/.test(after) ||
      // "two years later": a span from another time; "12-pounder 12 cwt guns": the amount of a designation.
      /^\s+(?:later|earlier|ago|after|before)\b/.test(sentence.slice(focus.end, focus.end + 10)) ||
      /\d[\p{L}\d-]*\s+$/u.test(wider) ||
      // "the next four years", "the first two rulers": the count is part of what is described.
      /\bthe\s+(?:next|first|last|following|previous|other|remaining)\s+$/i.test(wider)
    );
  }
  // "Edwin M. Shook": a name that runs on past an initial.
  if (/^\.\s+\p{Lu}/u.test(after)) return true;
  return (
    /(?:,|\band|\bor)\s*$/.test(before) ||
    /^\s*(?:,|and\b|or\b)/.test(after) ||
    // "the Supreme Court of the United States": the first words of a longer name.
    /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(sentence.slice(focus.end, focus.end + 12)) ||
    /^['’]s?\b/.test(after)
  );
}

/**
 * How many amounts in the sentence are of this unit: "2.5 inches thick and 4 inches thick on
 * the slopes" gives two, and a question on one of them could mean either.
 */
function unitCount(sentence: string, unit: string | undefined): number {
  if (!unit) return 0;
  const noun = unit.split(/\s+/).pop() ?? unit;
  const amount = String.raw`(?:\d[\d,.]*|\b(?:${Object.keys(AMOUNT_WORDS).join('|')}))`;
  return (
    sentence.match(new RegExp(String.raw`${amount}\s+(?:[a-z-]+\s+)?${escapeRegExp(noun)}\b`, 'gi'))
      ?.length ?? 0
  );
}

/** "about", "nearly", "some" before an amount. */
const HEDGE_BEFORE =
  /\b(?:about|around|approximately|some|nearly|almost|roughly|over|more than|less than|at least|up to)\s+$/i;

/** "425 feet " before "3 inches": the first part of a compound measurement. */
const MEASURE_BEFORE =
  /\d\s+(?:feet|foot|ft|inches|in|yards|miles|metres|meters|m|centimetres|cm|millimetres|mm|kilometres|km|tons|tonnes|pounds|lb|hours|days|months|years)\s+$/;

/**
 * "After Thurstan's death", "Finding conditions unsuitable…": what may stand before the
 * subject, up to a comma. A noun phrase there is an apposition ("Harvard's first library
 * building, a Gothic structure built in 1838…"); a name after another comma ends a list
 * ("…, Columbia, New York and Boston were invited"): neither leaves a subject to ask about.
 */
function isLeadingAdverbial(lead: string): boolean {
  const lastItem = lead.slice(lead.lastIndexOf(',') + 1).trim();
  if (lead.includes(',') && /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(lastItem)) return false;
  return ADVERBIAL_START.test(lead) || /^\p{Lu}\p{Ll}+(?:ing|ed)\b/u.test(lead);
}

/** A finite verb in the words left after the verb: two clauses, which a question cannot hold. */
function hasSecondVerb(
  analysis: Analysis,
  from: number,
  to: number,
  skip: { start: number; end: number },
): boolean {
  return analysis.verbs.some(
    (v) =>
      v.start >= from &&
      v.end <= to &&
      !(v.start >= skip.start && v.end <= skip.end) &&
      isFiniteVerb(v, analysis),
  );
}

/**
 * "In 2015, Stephen Owen published translations…" → "In which year did Stephen Owen publish
 * translations…?": a year in the adverbial that opens the sentence, asked of the clause after
 * it (that clause read as though it ended "… in 2015").
 */
function askOpeningYear(sentence: string, focus: Focus, analysis: Analysis): Asked | undefined {
  const opener = OPENING_YEAR.exec(sentence.slice(0, focus.start));
  const after = /^,?\s+/.exec(sentence.slice(focus.end));
  if (!opener || !after) return undefined;
  const from = focus.end + after[0].length;
  const clauseStop = clauseEnd(sentence, from);
  const clause = sentence.slice(from, clauseStop);
  const preposition = opener[1] === 'On' ? 'in' : (opener[1]?.toLowerCase() ?? 'in');
  const moved = `${clause} ${preposition} ${focus.text}.`;
  const shift = <T extends { start: number; end: number }>(items: T[]) =>
    items
      .filter((t) => t.start >= from && t.end <= clauseStop)
      .map((t) => ({ ...t, start: t.start - from, end: t.end - from }));
  const start = clause.length + preposition.length + 2;
  const movedAnalysis = { terms: shift(analysis.terms), verbs: shift(analysis.verbs) };
  const asked = askAbout(moved, { ...focus, start, end: start + focus.text.length }, movedAnalysis);
  // "Du Fu briefly stayed in Tonggu in which year?": asked in place only when the clause is one clause.
  return asked && (asked.fronted || isSingleClause(moved, movedAnalysis)) ? asked : undefined;
}

/** "before the unsuccessful which event": an adjective cannot stand before the question word. */
const ADJECTIVE_LAST = /\b(?:the|a|an)\s+\p{Ll}[\p{L}-]*\s+$/u;

/** The last word before `at`. */
function lastTermOf(analysis: Analysis, at: number) {
  return [...analysis.terms].reverse().find((t) => t.end <= at);
}

/**
 * "In which year did ZANU and ZAPU announce?": an active verb left with nothing after it, while
 * what it said or decided ("…, that they would…", a quotation) lies past the clause the question keeps.
 */
function leavesItsObject(sentence: string, clauseStop: number, kept: string, verb: VerbPhrase): boolean {
  return (
    !kept.trim() &&
    !verb.auxiliary &&
    /\b(?:that|whether|how|why|what)\b|["“]/.test(sentence.slice(clauseStop))
  );
}

/**
 * ", Ohio." after "Ashland": the region that places a town, taken out with it when it ends the
 * clause ("Where did Richmond grow up?"); a comma after it would make it one of a list.
 */
const PLACE_QUALIFIER =
  /^,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?=\s*[.;]?\s*$|\s+(?:in|on|at|during|before|after|from|until)\s)/u;

export function askAbout(sentence: string, asked: Focus, analysis: Analysis): Asked | undefined {
  const qualifier = asked.kind === 'place' ? PLACE_QUALIFIER.exec(sentence.slice(asked.end)) : null;
  const focus = qualifier ? { ...asked, end: asked.end + qualifier[0].length } : asked;
  if (focus.kind === 'year' && focus.start < 40 && OPENING_YEAR.test(sentence.slice(0, focus.start)))
    return askOpeningYear(sentence, focus, analysis);
  if (
    /[()[\]]/.test(sentence.slice(0, focus.end + 1)) ||
    isEntangled(sentence, focus) ||
    insideAName(sentence, focus)
  )
    return undefined;
  if (isEntityKind(focus.kind) && (followsANoun(focus, analysis) || isNationality(focus.text)))
    return undefined;
  const verb = mainVerb(sentence, analysis);
  if (!verb || verb.start > 250) return undefined;
  const end = clauseEnd(sentence, Math.max(verb.end, focus.end));
  if (focus.end > end) return undefined;
  let clause = sentence.slice(0, end);
  // A leading clause before the subject ("After Thurstan's death, Osbert…") is kept only when it holds the focus.
  let offset = 0;
  const lastComma = clause.slice(0, verb.start).lastIndexOf(', ');
  if (lastComma !== -1 && focus.start > lastComma) {
    if (clause.slice(lastComma + 2, verb.start).trim() && !isLeadingAdverbial(clause.slice(0, lastComma)))
      return undefined;
    offset = lastComma + 2;
    clause = clause.slice(offset);
  }
  const start = focus.start - offset;
  const stop = focus.end - offset;
  const verbStart = verb.start - offset;
  const verbEnd = verb.end - offset;
  let subject = clause.slice(0, verbStart).trim();
  let subjectStart = offset;
  if (!subject && offset > 0) {
    // "The first ironclad battleship, Gloire, was launched…": the name in apposition is the subject.
    const previous = sentence.lastIndexOf(', ', lastComma - 1);
    subject = sentence.slice(previous + 2, lastComma).trim();
    subjectStart = previous + 2;
    if (previous === -1 || !/^\p{Lu}/u.test(subject) || words(subject) > 4) return undefined;
  }
  // A pronoun the subject stands for was named already (facts.ts, subject-pronouns.ts); any other is no subject to ask of.
  if (PRONOUN_LED.test(subject) || PRONOUN_LED.test(clause)) return undefined;
  if (!subject || words(subject) > 10 || /^(?:and|but|or|which|who|that|so)\b/i.test(subject))
    return undefined;
  // "After some deliberation Nerva adopted…": an adverbial before the subject; only ask in place.
  const cleanSubject = !ADVERBIAL_START.test(subject);
  // The subject is a noun phrase: no verb in it, at least one noun.
  const subjectTerms = analysis.terms.filter(
    (t) => t.start >= subjectStart && t.end <= subjectStart + subject.length,
  );
  if (!subjectTerms.some((t) => t.tags.has('Noun')) || subjectTerms.some((t) => t.tags.has('Verb')))
    return undefined;
  if (qualifiesANoun(sentence, focus, analysis)) return undefined;
  const verbText = clause.slice(verbStart, verbEnd);
  const rest = clause.slice(verbEnd);

  // The focus is the subject: "Who adopted Trajan as his successor?"
  const copula = /^(?:was|were|is|are)$/i.test(clause.slice(verbStart, verbEnd));
  // "Nerva was Roman Emperor", "the chairman was Johnnie White": a copula takes no object to ask "whom" of.
  if (copula && focus.kind !== 'place' && focus.kind !== 'year' && focus.kind !== 'number') return undefined;
  if (stop <= verbStart) {
    const bare = subject.replace(/^the\s+/i, '');
    if (!cleanSubject || bare !== focus.text || focus.kind === 'year' || focus.kind === 'number')
      return undefined;
    // "Which place was at that time very quiet?": a state of mind, not a fact to ask about.
    if (copula && lastTermOf(analysis, offset + clause.length)?.tags.has('Adjective')) return undefined;
    if (leavesItsObject(sentence, end, rest, verb)) return undefined;
    const wh = askingWord(focus);
    const prompt = tidy(`${wh} ${verbText}${rest}`);
    return words(prompt) <= MAX_WORDS ? { prompt: `${prompt}?`, fronted: true } : undefined;
  }
  if (start < verbEnd) return undefined;
  if (/,(?!\d)|[;:()–—]/.test(clause.slice(verbEnd, start)))
    return askAboutParticiple(sentence, focus, analysis, verb, offset, subject);
  // The focus is in the predicate: take it out with its preposition.
  const beforeFocus = clause.slice(verbEnd, start);
  // A year goes with its preposition and any day and month before it: "on 5 January 1969".
  const yearLead = focus.kind === 'year' ? YEAR_LEAD.exec(beforeFocus) : null;
  if (focus.kind === 'year' && !yearLead) return undefined;
  const preposition = yearLead
    ? { 1: yearLead[1] === 'on' ? 'in' : yearLead[1], index: yearLead.index }
    : PREPOSITION.exec(beforeFocus);
  const wh = whWord(focus, preposition?.[1]);
  if (!wh) return undefined;
  // "spent around six weeks" → "How many weeks did Du Fu spend…": the hedge goes with the number.
  const hedge = focus.kind === 'number' && !preposition ? HEDGE_BEFORE.exec(beforeFocus) : null;
  const from = preposition ? verbEnd + (preposition.index ?? 0) : hedge ? verbEnd + hedge.index : start;
  const remainder = tidy(`${clause.slice(verbEnd, from)} ${clause.slice(stop)}`);
  if (
    DANGLING.test(remainder) ||
    // "become both Rookie of the Year?": a "both" or "either" whose other half was cut off.
    /\b(?:both|either)\b(?!.*\b(?:and|or)\b)/i.test(remainder) ||
    hasSecondVerb(analysis, verb.end, offset + clause.length, verb) ||
    leavesItsObject(sentence, end, remainder, verb)
  )
    return undefined;
  // "held the posts of which organisation", "the colonies of which place": a name that only says whose they were.
  if (preposition?.[1]?.toLowerCase() === 'of' && lastTermOf(analysis, offset + from)?.tags.has('Plural'))
    return undefined;
  // "renamed Fort Moultrie to honor Colonel Moultrie", "before transferring to NASCAR": the object of
  // an infinitive or a gerund belongs to that verb and cannot be fronted; nor can a negated verb
  // ("did the British do not return").
  const between = clause.slice(verbStart, start);
  const frontable =
    !(
      isEntityKind(focus.kind) &&
      analysis.terms.some(
        (t) =>
          t.start >= verb.end && t.end <= focus.start && (t.tags.has('Infinitive') || t.tags.has('Gerund')),
      )
    ) && !/\b(?:not|never)\b/i.test(between);
  const subjectLower = lowerOpener(subject);
  let prompt: string | undefined;
  // "protected by 10 inches of armour": what the number measures follows it; only asked in place.
  const measureOf = focus.kind === 'number' && /^\s*of\b/.test(clause.slice(stop));
  if (
    !frontable ||
    !cleanSubject ||
    preposition?.[1]?.toLowerCase() === 'of' ||
    words(subject) > 6 ||
    measureOf
  )
    prompt = undefined;
  else if (verb.auxiliary) {
    // "was launched" → "was <subject> launched"; "had been sent" → "had <subject> been sent".
    const first = verb.auxiliary.split(' ')[0] ?? '';
    const afterAux = verbText.slice(first.length).trim();
    if (verbText.startsWith(first) && !/\bnot\b/.test(verbText))
      prompt = tidy(`${wh.front} ${first.toLowerCase()} ${subjectLower} ${afterAux} ${remainder}`);
  } else if (
    verb.tense === 'Past' &&
    words(verbText) === (verb.particle ? 2 : 1) &&
    !/^(?:was|were)$/i.test(verb.main)
  ) {
    // "grew up" → "did Kerr grow up".
    const infinitive = toInfinitive(verb.main);
    if (infinitive)
      prompt = tidy(`${wh.front} did ${subjectLower} ${infinitive} ${verb.particle} ${remainder}`);
  }
  if (prompt && words(prompt) <= MAX_WORDS && !/\?\s*$/.test(prompt))
    return { prompt: `${prompt}?`, fronted: true };
  // Otherwise ask in place ("The War Office ordered how many tanks?"), for a short clause that starts the sentence.
  if (offset > 0 || !cleanSubject || /^\p{Ll}/u.test(clause) || words(clause.slice(0, start)) > 18)
    return undefined;
  // "With … as its first elected mayor in 1952 (…": a clause cut at a bracket or a dash is a fragment.
  if (/^[(–—]/.test(sentence.slice(end).trimStart()) || startsOnFocus(clause, start)) return undefined;
  const leading = clause.slice(verbEnd, start).replace(/\bthe\s+$/i, '');
  if (ADJECTIVE_LAST.test(leading)) return undefined;
  const inSitu = tidy(`${subject} ${verbText}${leading}${wh.inSitu}${clause.slice(stop)}`);
  // "held on 16 January which year?": a day and month cannot stand before the question word.
  if (new RegExp(`(?:${MONTH}|\\d|early|late|mid)[\\s-]+${wh.inSitu}`).test(inSitu)) return undefined;
  return words(inSitu) <= MAX_WORDS ? { prompt: `${inSitu}?`, fronted: false } : undefined;
}

/**
 * "Manila is the capital…, founded on June 24, 1571 by Spanish conquistador Miguel López de
 * Legazpi." → "In which year was Manila founded?", "By whom was Manila founded?": the focus sits
 * in a participle phrase that describes the subject.
 */
function askAboutParticiple(
  sentence: string,
  focus: Focus,
  analysis: Analysis,
  verb: VerbPhrase,
  offset: number,
  subject: string,
): Asked | undefined {
  const participle = [...analysis.verbs]
    .reverse()
    .find(
      (v) =>
        v.start > verb.end && v.end <= focus.start && v.tense === 'Past' && v.start === v.end - v.main.length,
    );
  if (!participle || offset > 0 || !/^\p{Lu}/u.test(subject) || words(subject) > 6) return undefined;
  const between = sentence.slice(participle.end, focus.start);
  if (/[;:()–—]/.test(between) || /,\s*(?!\d)/.test(between.replace(/\d{1,2},\s*$/, ''))) return undefined;
  const before = sentence.slice(Math.max(0, participle.start - 2), participle.start);
  // Only "<subject> is/was …, founded …": a participle after a comma, describing the subject of a copula.
  const mainIsCopula = /^(?:is|was|are|were)$/i.test(sentence.slice(verb.start, verb.end));
  if (!/,\s$/.test(before) || !mainIsCopula) return undefined;
  const titled =
    focus.kind === 'person'
      ? /\b(by|under|with|to)\s+(?:the\s+)?(?:[\p{Lu}\p{Ll}-]+\s+){1,2}$/u.exec(between)
      : null;
  const preposition = PREPOSITION.exec(between)?.[1] ?? titled?.[1];
  const wh = whWord(focus, preposition);
  if (!wh || (focus.kind === 'number' && !focus.unit)) return undefined;
  const dated =
    focus.kind === 'year'
      ? between.replace(/(?:\b(?:on|in)\s+)?(?:\d{1,2}\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:\d{1,2},?\s+)?$/u, '')
      : between;
  const kept = titled ? dated.slice(0, titled.index) : preposition ? dated.replace(PREPOSITION, '') : dated;
  const end = clauseEnd(sentence, focus.end);
  const be = /\b(?:were|are)\b/i.test(sentence.slice(verb.start, verb.end)) ? 'were' : 'was';
  const subjectLower = lowerOpener(subject);
  const prompt = tidy(
    `${wh.front} ${be} ${subjectLower} ${participle.main} ${kept} ${sentence.slice(focus.end, end)}`,
  );
  return words(prompt) <= MAX_WORDS ? { prompt: `${prompt}?`, fronted: true } : undefined;
}

/** A sentence short enough to be asked whole, as a question, rather than cut to a blank. */
const IN_SITU_MAX_WORDS = 32;

/**
 * "As a result, the majority of the tanks remained in Britain, although 20 were sent to the
 * USSR as part of the Lend-Lease program." → "…although 20 were sent to which place as part of
 * the Lend-Lease program?": a whole sentence that stands on its own, asked where the fact
 * stands, when it cannot be reordered around "Who/When…". Undefined for a long or
 * pronoun-led sentence, a focus inside a list or a date, or a count without its unit after it.
 */
export function askInPlace(
  sentence: string,
  focus: Focus,
  amount: string,
  analysis: Analysis,
): string | undefined {
  const trimmed = sentence.trim();
  if (PRONOUN_LED.test(trimmed) || !/[.!]$/.test(trimmed)) return undefined;
  // Only the clause that holds the focus is asked ("…, and they probably felt…" is left off); it must be one clause.
  const opening = mainClauseStart(trimmed, focus.start);
  if (opening < 0) return undefined;
  const stop = clauseEnd(trimmed, focus.end);
  const whole = `${trimmed.slice(0, stop)}.`;
  if (words(whole) > IN_SITU_MAX_WORDS || !isSingleClause(whole, analysis, opening)) return undefined;
  // "At a memorial service held on 8 September 1978 for…, the Dean said…": the opening phrase, not the main clause.
  if (trimmed[stop] === ',' && SUBORDINATE_START.test(whole.slice(opening))) return undefined;
  // "In 1938, she was converted…": a pronoun after the opening; "Born and educated in…": no subject at all.
  if (PRONOUN_LED.test(whole.slice(opening)) || !hasSubject(whole, analysis, opening)) return undefined;
  // "The siege of Emesa in which year was laid…", "The first how many rulers…": a year or a count inside the
  // subject; a count that opens it is asked ("In all, how many boats were constructed?").
  const verb = analysis.verbs.find((v) => v.start >= opening && isFiniteVerb(v, analysis));
  const inSubject = verb && focus.start < verb.start && whole.slice(opening, focus.start).trim() !== '';
  if ((focus.kind === 'year' || focus.kind === 'number') && inSubject) return undefined;
  if (
    /[()[\]"“”]/.test(whole) ||
    isEntangled(whole, focus) ||
    insideAName(whole, focus) ||
    qualifiesANoun(trimmed, focus, analysis)
  )
    return undefined;
  // "a Headquarters Squadron, a Light Tank Squadron and…": one item of a list the clause cut off.
  if (/^\s*(?:,\s+(?:an?\s+|the\s+)?\p{Lu}|(?:and|or)\s)/u.test(trimmed.slice(focus.end))) return undefined;
  const before = whole.slice(0, focus.start);
  let after = whole.slice(focus.end);
  // "the ship's how many boilers": a question word cannot follow a possessive.
  if (/[-–]$/.test(before) || /^[-–]\p{L}/u.test(after) || /['’]s\s+$/.test(before)) return undefined;
  // "…by 1946; the last was retired in 1950": a question ends where its clause does.
  if (/;/.test(after) || startsOnFocus(whole, focus.start)) return undefined;
  // "were Ada Kerr, how many years old…": a name's apposition is no clause to ask in.
  if (/\p{Lu}[\p{L}'’-]*,\s+$/u.test(before)) return undefined;
  let asked = inSituWord(focus.kind);
  if (focus.kind === 'year') {
    // "in June 1942", "16 January 1941": a year inside a date is no question of its own.
    if (!/\b(?:in|by|since|until|after|before)\s+$/i.test(before)) return undefined;
  } else if (focus.kind === 'number') {
    const rest = whole.slice(focus.start + amount.length);
    if (!focus.unit || SCALE.test(focus.unit) || !rest.startsWith(` ${focus.unit}`)) return undefined;
    // "In October 97 these tensions…": a number after a month is part of a date; a count needs a noun.
    if (new RegExp(`(?:${MONTH})\\s+$`).test(before) || /^(?:these|those|the|of)\b/.test(focus.unit))
      return undefined;
    after = rest;
  } else {
    // Never a piece of a longer name: "the ____ Koreans", "Diocese of ____".
    if (/\p{Lu}[\p{L}'’-]*\s+(?:of\s+(?:the\s+)?)?$/u.test(before) || /^\s+[\p{Lu}\d]/u.test(after))
      return undefined;
    // "which place" only where the sentence shows it is one.
    if (focus.kind === 'place' && !focus.sure) return undefined;
    // "Nerva was whom…", "the historian which place…": a name after a copula or a noun is no object to ask.
    if (/\b(?:is|was|are|were|became|become)\s+(?:the\s+|a\s+|an\s+)?$/i.test(before)) return undefined;
    if (followsANoun(focus, analysis) || isNationality(focus.text)) return undefined;
    if (ADJECTIVE_LAST.test(before)) return undefined;
    if (
      /\bof\s+(?:the\s+)?$/.test(before) &&
      lastTermOf(analysis, before.search(/\s*\bof\s+(?:the\s+)?$/))?.tags.has('Plural')
    )
      return undefined;
    if (focus.kind === 'person' && before.trim() === '') asked = 'who';
  }
  const lead = before.replace(/\b(?:the|a|an)\s+$/i, '');
  const prompt = `${lead}${asked}${after}`.replace(/[.!]$/, '?');
  return `${prompt[0]?.toUpperCase() ?? ''}${prompt.slice(1)}`;
}

/** A focus that only qualifies a noun ("the Massachusetts legislature", "Federalist politician") cannot be taken out. */
export function qualifiesANoun(sentence: string, focus: Focus, analysis: Analysis): boolean {
  if (focus.kind === 'year' || focus.kind === 'number') return false;
  // "IndyCar racing": the library reads "racing" as a verb, but it is the competition's noun.
  if (focus.kind === 'competition' && COMPETITION_HEAD.test(sentence.slice(focus.end))) return true;
  const next = analysis.terms.find((t) => t.start >= focus.end);
  if (!next || next.start - focus.end > 1 || !/^\s?$/.test(sentence.slice(focus.end, next.start)))
    return false;
  if (/^\p{Lu}/u.test(next.text)) return false;
  if (next.tags.has('Noun') && !next.tags.has('Verb')) return true;
  // "the Jeune École naval philosophy": an adjective and a noun after the name.
  const after = analysis.terms[analysis.terms.indexOf(next) + 1];
  if (next.tags.has('Adjective') && after?.tags.has('Noun') && /^\p{Ll}/u.test(after.text)) return true;
  // "competed in IndyCar racing": after a preposition, a gerund names an activity the name qualifies.
  return next.tags.has('Gerund') && Boolean(lastTermOf(analysis, focus.start)?.tags.has('Preposition'));
}

/** The word a body's name ends on: "…Railroad", "…Centre", "…Society". */
const BODY_END = new RegExp(
  `(?:${ORGANISATION_NAME.source}|\\b(?:Railroad|Railway|Cent(?:er|re)|Museum|Hall|Theat(?:er|re)|Hospital|Library|Station))$`,
);
/** Capitalised words running on from "and": "and Ohio Railroad". */
const AND_RUN = /^\s+(?:and|&)\s+((?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]*)/u;

/**
 * "the Mobile and Ohio Railroad", "the Arts and Entertainment Center": one name whose halves are
 * joined by "and", told by the body's word that ends it and not the half before "and".
 */
function joinedByAnd(sentence: string, focus: Pick<Focus, 'start' | 'end'>): boolean {
  const text = sentence.slice(focus.start, focus.end);
  const after = AND_RUN.exec(sentence.slice(focus.end))?.[1];
  if (after && BODY_END.test(after) && !BODY_END.test(text)) return true;
  const before = /(\p{Lu}[\p{L}'’-]*)\s+(?:and|&)\s+$/u.exec(sentence.slice(0, focus.start))?.[1];
  return BODY_END.test(text) && before !== undefined && !BODY_END.test(before);
}

/**
 * True when the focus is only a piece of a longer name, so neither a question word nor a blank
 * may stand in its place: "No. 4 Pilot Training School" (a numbered name), the "S" of "U.S."
 * (cut inside a word), "Ox 'ahal Kan Yop 'uun" (a name whose words are joined by apostrophes).
 */
export function insideAName(sentence: string, focus: Pick<Focus, 'start' | 'end'>): boolean {
  const before = sentence.slice(Math.max(0, focus.start - 12), focus.start);
  const after = sentence.slice(focus.end, focus.end + 4);
  return (
    joinedByAnd(sentence, focus) ||
    /\b(?:No|Nos|Number)\.?\s*\d+\s+$/.test(before) ||
    /[\p{L}\p{N}.'’]$/u.test(before) ||
    /^(?:[\p{L}\p{N}]|\.\p{L})/u.test(after) ||
    /(?:^|\s)['’]\p{L}+\s+$/u.test(before) ||
    /^\s+['’]\p{L}/u.test(after)
  );
}

/** "their prefect Titus Petronius Secundus", "the historian Cassius Dio": a name in apposition is no object to ask. */
function followsANoun(focus: Focus, analysis: Analysis): boolean {
  const previous = lastTermOf(analysis, focus.start);
  return Boolean(
    previous?.tags.has('Noun') &&
      !previous.tags.has('Preposition') &&
      !/^\p{Lu}/u.test(previous.text) &&
      focus.start - previous.end <= 1,
  );
}

/** "₱ 5 billion debts": a scale word is no unit to count. */
const SCALE = /^(?:hundred|thousand|million|billion|trillion)\b/i;

/** "In 2012, the Network listed…", "In 1571 Spanish Conquistadors…": the focus opens the sentence's adverbial; asking it in place leaves no question. */
function startsOnFocus(sentence: string, start: number): boolean {
  return /^(?:In|On|By|During|After|Before|From|Since|At|Until)\s+(?:the\s+)?(?:\d{1,2}\s+)?(?:\p{Lu}\p{Ll}+\s+)?$/u.test(
    sentence.slice(0, start),
  );
}
