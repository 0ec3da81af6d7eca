import type { Mention } from './mentions';
import { type Entity, nameKey } from './names';
import { type Analysis, isNationality } from './nlp';
import { MILITARY_UNIT, MONTH, NAME } from './patterns';

/** What a question can ask a sentence about, typed so the prompt's word fits the answer. */
export type FocusKind =
  | 'person'
  | 'place'
  | 'organisation'
  | 'unit'
  | 'ship'
  | 'conflict'
  | 'battle'
  | 'publication'
  | 'event'
  | 'competition'
  | 'year'
  | 'number';

/** The word a question about each kind starts with: the prompt's word matches the answer's type. */
export const ASKING_WORD: Record<FocusKind, string> = {
  person: 'Who',
  place: 'Which place',
  organisation: 'Which organisation',
  unit: 'Which unit',
  ship: 'Which ship',
  conflict: 'Which conflict',
  battle: 'Which battle',
  publication: 'Which publication',
  event: 'Which event',
  competition: 'Which competition',
  year: 'Which year',
  number: 'Which number',
};

export interface Focus {
  kind: FocusKind;
  /** The words exactly as in the sentence ("490 BC", "4,000 reinforcements", "Hīt"). */
  text: string;
  start: number;
  end: number;
  entity?: Entity;
  /** A place the sentence itself shows to be one ("in Boston", or tagged a place): safe to ask "which place". */
  sure?: boolean;
  /** Years and numbers: the value; numbers: what is counted. */
  value?: number;
  unit?: string;
}

/** "No. 20 Squadron", "6th Airborne Division", "1st Battalion": a military unit is a name. */
const UNIT_NAME = new RegExp(String.raw`\b${MILITARY_UNIT}\b`, 'gu');
/** "HMS Warrior", "SM UB-1": a ship. */
const SHIP_NAME =
  /\b(?:HMS|USS|SMS|SM|HMAS|HMCS|RMS|CSS|ARA|HNLMS)\s+\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)?/gu;
/** "Hill 209", "AL523", "K-7", "P.108", "UB-14", "Mk VII", "Nos. 11 and 20": a designator, never a quantity or a year. */
const DESIGNATOR =
  /\b(?:Nos?\.\s*\d+(?:\s+and\s+\d+)?|\p{Lu}{1,4}[-.]?\d+[A-Z]?|(?:Hill|Point|Height|Route|Highway|Type|Mk|Mark|Model|Flight|Pier|Gate|Camp|Stalag)\s+[A-Z]*-?\d+[A-Za-z]?|(?:Mk|Mark)\s+[IVX]+)\b/gu;
/** "the American Civil War", "World War II", "the War of 1812", "the An Lushan Rebellion". */
const CONFLICT =
  /\b(?:World War (?:I{1,2}|One|Two)|(?:First|Second) World War|War of (?:the )?[\p{Lu}\d][\p{L}\d]*(?: [\p{Lu}\d][\p{L}\d]*)*|(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:War|Wars|Rebellion|Revolution|Revolt|Uprising|Crusade|Campaign|Conquest))\b/gu;
/** "the Battle of the Yellow Sea", "the Siege of Port Arthur": one engagement, asked whole (not its place). */
const BATTLE =
  /\b(?:Battle|Siege|Sack|Raid|Bombardment)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|River|Sea|Bay|Island|Islands|Strait))*/gu;
/** Words before a bare number that make it a year: "in 1788", "by 1861", "March 1946", "between 1969 and". */
const YEAR_CONTEXT = new RegExp(
  String.raw`(?:\b(?:in|on|of|by|since|until|till|from|to|between|and|after|before|during|around|about|circa|c\.|early|late|mid|summer|winter|spring|autumn|year|\d{1,2}|${MONTH}),?|[–—-])\s*$`,
  'i',
);
const PROPER_NAME = new RegExp(NAME, 'gu');

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function spans(re: RegExp, sentence: string): { start: number; end: number; text: string }[] {
  return [...sentence.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** The entity type compromise gives the words of a span, if they agree. */
function taggedKind(analysis: Analysis, start: number, end: number): FocusKind | 'nationality' | undefined {
  const terms = analysis.terms.filter((t) => t.start < end && start < t.end);
  if (terms.length === 0) return undefined;
  const all = (tag: string) => terms.every((t) => t.tags.has(tag));
  const some = (tag: string) => terms.some((t) => t.tags.has(tag));
  if (terms.length === 1 && isNationality(terms[0]?.text ?? '')) return 'nationality';
  if (some('Organization')) return 'organisation';
  // "San Agustin Church", "Ramon Magsaysay Boulevard": named after a person, but a place.
  const words = terms.map((t) => t.text).join(' ');
  if (PLACE_NAME_WORD.test(words) || PLACE_START.test(words)) return 'place';
  if (all('Person') || (some('Person') && !some('Place'))) return 'person';
  if (some('Place')) return 'place';
  return undefined;
}

export const PLACE_NAME_WORD =
  /\b(?:Palacio|Casa|Museo|Iglesia|Museum|Monastery|Abbey|Temple|Tower|Church|Cathedral|Hospital|Stadium|Coliseum|Park|Boulevard|Avenue|Street|Road|Hall|Palace|Theater|Theatre|Bridge|Fort|Castle|Harbor|Harbour|Bay|River|Island|Mountains?|Lake|Valley|Plaza)\b/;
/** "San Miguel", "Cuartel de Santa Lucia", "Fort Santiago", "Port Arthur": names that start like places. */
export const PLACE_START = /^(?:San|Santa|Santo|São|Cuartel|Fuerte|Puerto|Porto|Fort|Mount|Lake|Port|Cape)\b/;
/** "smaller versions of the Virginia", "sister ships to Gloire": words that put a ship after them. */
const SHIP_CONTEXT =
  /\b(?:versions?\s+of|sister\s+ships?\s+(?:to|of)|half-sisters?\s+(?:to|of)|near-sisters?\s+(?:to|of))\s+(?:the\s+)?$/i;
const shipByContext = (sentence: string, start: number) =>
  SHIP_CONTEXT.test(sentence.slice(Math.max(0, start - 28), start));
/** "the Early Preclassic", "the Tang dynasty", "the Bronze Age", "the Miocene": a period, never a place or a person. */
export const PERIOD_NAME =
  /\b(?:Preclassic|Postclassic|Classic|Formative|Period|Era|Age|Epoch|Dynasty|Paleolithic|Neolithic|Mesolithic|Century|Horizon|(?:Paleo|Eo|Oligo|Mio|Plio|Pleisto|Holo)cene|Cretaceous|Jurassic|Triassic|Permian|Carboniferous|Devonian|Silurian|Ordovician|Cambrian|Precambrian|Archean|Proterozoic|Paleozoic|Mesozoic|Cenozoic|Quaternary|Tertiary|Neogene|Paleogene)$/;
const ENTITY_KINDS = new Set<FocusKind>([
  'person',
  'place',
  'organisation',
  'unit',
  'ship',
  'conflict',
  'battle',
  'publication',
  'event',
  'competition',
]);
export const isEntityKind = (kind: FocusKind) => ENTITY_KINDS.has(kind);

/**
 * Everything in a sentence worth asking about, typed: known entities (from the registry),
 * names compromise recognises, units, ships, conflicts, years (only in a date context) and
 * counted numbers. Designators and parts of longer names are never split out.
 */
export function findFoci(sentence: string, mentions: Mention[], analysis: Analysis): Focus[] {
  const names = [
    ...spans(UNIT_NAME, sentence).map((s) => ({ ...s, kind: 'unit' as const })),
    ...spans(SHIP_NAME, sentence).map((s) => ({ ...s, kind: 'ship' as const })),
    ...spans(BATTLE, sentence).map((s) => ({ ...s, kind: 'battle' as const })),
    ...spans(CONFLICT, sentence).map((s) => ({ ...s, kind: 'conflict' as const })),
  ];
  const designators = [...spans(DESIGNATOR, sentence), ...numberedNames(analysis)];
  const properNames = spans(PROPER_NAME, sentence);
  const foci: Focus[] = [];
  const taken = (span: { start: number; end: number }) => foci.some((f) => overlaps(f, span));
  for (const name of names) if (!taken(name)) foci.push(name);
  // Month and day names and eras ("the 4th century AD") are parts of dates, never places or people.
  const isCalendarWord = (text: string) =>
    new RegExp(`^(?:${MONTH}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|AD|CE|BC|BCE)$`).test(
      text,
    );

  for (const mention of mentions) {
    const span = { start: mention.index, end: mention.index + mention.text.length };
    if (taken(span) || designators.some((d) => overlaps(d, span)) || isCalendarWord(mention.text)) continue;
    // "Edwin M" of "Edwin M. Shook": a name cut at an initial is no answer.
    if (/\s\p{Lu}$/u.test(mention.text) || isNumbering(sentence, span.end)) continue;
    if (mention.kind === 'year') {
      if (!isYear(sentence, span.start, mention.text)) continue;
      foci.push({ kind: 'year', text: mention.text, ...span, value: mention.value ?? 0 });
    } else if (mention.kind === 'number') {
      // "1.95 metres": the digits after a decimal point are no count.
      if (/\d[.,]$/.test(sentence.slice(Math.max(0, span.start - 2), span.start))) continue;
      foci.push({
        kind: 'number',
        text: mention.text,
        ...span,
        value: mention.value ?? 0,
        unit: mention.unit ?? '',
      });
    } else {
      // A name inside a longer proper name ("Emesa" in "Siege of Emesa Road") is not asked alone.
      const whole = properNames.find((p) => overlaps(p, span));
      if (whole && (whole.start < span.start - 4 || whole.end > span.end)) continue;
      const tagged = taggedKind(analysis, span.start, span.end);
      if (tagged === 'nationality' || isNationality(mention.text) || PERIOD_NAME.test(mention.text)) continue;
      // "led by Casperius Aelianus": a name after "by" or "under" is a person unless tagged a place.
      const byPerson = /\b(?:by|under|with)\s+$/.test(
        sentence.slice(Math.max(0, span.start - 8), span.start),
      );
      // "lands in Lacy and Skipton": a lone word the library takes for a first name, put where a place goes, is a name of unsure kind.
      const placedPerson =
        tagged === 'person' && !/\s/.test(mention.text) && !byPerson && inPlaceSlot(sentence, span.start);
      const kind = shipByContext(sentence, span.start)
        ? 'ship'
        : placedPerson
          ? 'place'
          : tagged === 'person' || (byPerson && tagged !== 'place')
            ? 'person'
            : mention.kind === 'place' && ORGANISATION_NAME.test(mention.text)
              ? 'organisation'
              : mention.kind;
      const sure =
        kind === 'place' && !placedPerson && (tagged === 'place' || isLocative(sentence, span.start));
      foci.push({
        kind,
        text: mention.text,
        ...span,
        ...(mention.entity ? { entity: mention.entity } : {}),
        ...(sure ? { sure } : {}),
      });
    }
  }
  for (const proper of properNames) {
    if (taken(proper) || proper.start === 0 || designators.some((d) => overlaps(d, proper))) continue;
    if (isCalendarWord(proper.text) || PERIOD_NAME.test(proper.text) || isNumbering(sentence, proper.end))
      continue;
    const taggedAlone = taggedKind(analysis, proper.start, proper.end);
    const placedPerson =
      taggedAlone === 'person' && !/\s/.test(proper.text) && inPlaceSlot(sentence, proper.start);
    const typed = shipByContext(sentence, proper.start)
      ? 'ship'
      : placedPerson
        ? 'place'
        : (taggedAlone ?? kindFromContext(sentence, proper));
    // "the Army", "the War Office", "the Instituto Nacional": an organisation whatever word comes before it or the library says.
    const tagged =
      (typed === 'place' || typed === 'person') && ORGANISATION_NAME.test(proper.text)
        ? 'organisation'
        : typed;
    if (!tagged || tagged === 'nationality' || tagged === 'year' || tagged === 'number') continue;
    if (proper.text.split(/\s+/).length > 6) continue;
    const sure = tagged === 'place' && !placedPerson && isLocative(sentence, proper.start);
    foci.push({ kind: tagged, ...proper, ...(sure ? { sure } : {}) });
  }
  return foci.sort((a, b) => a.start - b.start);
}

/** "Vol. 37", "No. 5": an abbreviation that numbers what follows it, never a name. */
const isNumbering = (sentence: string, end: number) => /^\.\s*\d/.test(sentence.slice(end, end + 3));

/**
 * "Colossal Head 8", "Monument 2", "Line 1", "Hill 209": a number right after a capitalised
 * noun (not a month or a day) numbers that thing; it is a name, never a count or a year.
 */
export function numberedNames(analysis: Analysis): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  analysis.terms.forEach((term, i) => {
    const before = analysis.terms[i - 1];
    if (!before || !/^\d/.test(term.text) || term.tags.has('Date') || term.tags.has('Year')) return;
    if (term.start - before.end !== 1 || !/^\p{Lu}/u.test(before.text) || !before.tags.has('Noun')) return;
    if (before.tags.has('Date') || before.tags.has('Month') || before.tags.has('WeekDay')) return;
    found.push({ start: before.start, end: term.end });
  });
  return found;
}

/**
 * A name compromise does not type, typed by the word before it: "in/at/near/from/to/of the
 * Philippines" is a place, "by Vickers-Armstrongs" an organisation.
 */
function kindFromContext(sentence: string, span: { start: number; text: string }): FocusKind | undefined {
  const before = sentence.slice(Math.max(0, span.start - 12), span.start);
  if (/\b(?:in|at|near|from|to|into|of)\s+(?:the\s+)?$/.test(before)) return 'place';
  // "by Vickers-Armstrongs", "by the War Office"; "by Trajan" may as well be a person.
  if (/\bby\s+(?:the\s+)?$/.test(before) && ORGANISATION_WORD.test(span.text)) return 'organisation';
  // "Nerva adopted Trajan": verbs whose object is a person.
  if (
    /\b(?:adopted|appointed|married|murdered|executed|exiled|crowned|nominated|deposed|succeeded|replaced)\s+$/.test(
      sentence.slice(Math.max(0, span.start - 14), span.start),
    )
  )
    return 'person';
  return undefined;
}

/** "the War Office", "the British Army": names that are organisations, never places. */
export const ORGANISATION_NAME =
  /\b(?:Secretar[ií]a|Ministerio|Instituto|Institut|Musée|Schools?|Academy|Company|Corporation|Office|Council|Ministry|Navy|Army|Force|Government|Senate|Parliament|Congress|Admiralty|Fleet|Arsenal|Dockyard|Shipyard|Department|Board|Committee|Party|Church|University|College|Society|Bank|Institute|Squadron|Corps|Guard|Club|Branch|League|Association|Federation|Movement|Command|Assembly|Commission|Agency|Service|Industries|Airways|Airlines|Artillery|Infantry|Cavalry|Militia|Regiment|Battalion|Brigade|Dragoons|Fusiliers|Rifles|Marines)\b/;
/**
 * What an organisation is, read from its name: an armed service, a school, a firm, a
 * government body or a party; undefined when its name does not say. Kept beside
 * ORGANISATION_NAME so the two lists of a body's words change together.
 */
const ORGANISATION_CLASSES: [string, RegExp][] = [
  ['school', /\b(?:School|College|University|Academy|Seminary|Institute)\b/],
  [
    'armed',
    /\b(?:Army|Navy|Air\s+Force|Force|Forces|Corps|Fleet|Squadron|Command|Guard|Regiment|Brigade|Division|Battalion|Artillery|Infantry|Cavalry|Militia|Marines|Wing)\b/,
  ],
  [
    'firm',
    /\b(?:Company|Corporation|Ltd|Inc|Manufacturing|Industries|Airways|Airlines|Bank|Shipyard|Dockyard|Works)\b/,
  ],
  [
    'government',
    /\b(?:Ministry|Department|Office|Council|Parliament|Senate|Board|Government|Committee|Commission|Assembly|Congress|Agency|Service)\b/,
  ],
  ['party', /\b(?:Party|Movement|Union|Front|League|Association|Federation)\b/],
];
export const organisationClass = (name: string) =>
  ORGANISATION_CLASSES.find(([, words]) => words.test(name))?.[0];
const ORGANISATION_WORD = new RegExp(`${ORGANISATION_NAME.source}|-`);

/** "lands in Lacy", "at Selby": words after which a lone name is a place, whatever the library says. */
const inPlaceSlot = (sentence: string, start: number) =>
  /\b(?:in|at|near)\s+$/.test(sentence.slice(Math.max(0, start - 6), start));

/** "in Boston", "to the USSR", "near Mainz" (not "according to Cassius Dio"): words that put a place after them. */
export function isLocative(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 24), start);
  return (
    /\b(?:in|at|near|from|to|into|across|towards?|outside|inside|reached|captured|besieged)\s+(?:the\s+)?$/i.test(
      before,
    ) && !/\baccording\s+to\s+(?:the\s+)?$/i.test(before)
  );
}

/** The word a question starts with: "which name" for a place the sentence does not show to be one. */
export function askingWord(focus: Focus): string {
  return focus.kind === 'place' && !focus.sure ? 'Which name' : ASKING_WORD[focus.kind];
}

/** A bare number is a year only in a date context ("in 1788", "March 1946", "490 BC"). */
function isYear(sentence: string, start: number, text: string): boolean {
  if (/\b(?:AD|CE|BC|BCE)$/.test(text)) return true;
  const after = sentence.slice(start + text.length, start + text.length + 2);
  if (/^s\b|^['’]s/.test(after) || /^\s*%/.test(after)) return false;
  // "pp. 393 – 394": page numbers of a reference.
  if (/\bpp?\.\s*(?:\d+\s*[–-]\s*)?$/.test(sentence.slice(Math.max(0, start - 16), start))) return false;
  const before = sentence.slice(Math.max(0, start - 24), start);
  // "from 1939 to 1945" but not "increased to 220" or "100 to 177 of the tanks": after "to",
  // "and" or a dash, a number is a year only when the one before it is.
  const joined = /(\d{1,4})\s*(?:to|and|[–—-])\s*$/.exec(before);
  if (/(?:\bto|\band|[–—-])\s*$/.test(before) && !/\b(?:between|from)\s+$/.test(before))
    return joined ? isYear(sentence, start - (before.length - joined.index), joined[1] ?? '') : false;
  // "over 220": a three-digit number is a year only after a date word ("in 220", "March 220").
  if (Number(text) < 1000 && !STRONG_YEAR_CONTEXT.test(before)) return false;
  return YEAR_CONTEXT.test(before);
}

const STRONG_YEAR_CONTEXT = new RegExp(
  String.raw`(?:\b(?:in|by|since|until|till|from|after|before|during|around|circa|c\.|early|late|mid|summer|winter|spring|autumn|year|\d{1,2}|${MONTH}),?)\s*$`,
  'i',
);

/** True if the focus names the article's subject (never asked: the title gives it away). */
export function isTitleEntity(focus: Focus, titleKeys: ReadonlySet<string>): boolean {
  const names = (focus.entity?.names ?? [focus.text]).map((n) => n.replace(/['’]s?$/, ''));
  return names.some((n) => titleKeys.has(nameKey(n)));
}
