/**
 * Alias hints from an article's links. `[[Homs|Emesa]]` says the text "Emesa" names the page
 * "Homs": when both are names of one thing, the deriver should accept either and never offer
 * one as a wrong option for the other. Many links are not like that ("[[Siege|besieged]]",
 * "[[Byzantine Empire|Byzantine]]", "[[Sasanian Empire|Persians]]"), so only names that
 * plainly stand for each other make a group.
 */
export interface WikiLink {
  /** The page linked to, as written: "Homs", "Syria (region)", "Battle of Yarmouk#Aftermath". */
  page: string;
  /** The text shown in the article. */
  text: string;
}

/** Pages about an event: a word of their title alone names a place or a side, not the event. */
const EVENT =
  /^(?:battle|siege|sack|fall|capture|war|wars|treaty|peace|campaign|conquest|invasion|raid|operation|expedition|revolt|rebellion|uprising|massacre|council|congress)\b/i;
/** A page about a state or a body of people: a one-word text for it is an adjective or demonym. */
const GROUP =
  /\b(?:empire|kingdom|caliphate|sultanate|khanate|dynasty|republic|union|confederacy|federation|army|navy|people|peoples|tribe|tribes|state|states)$/i;
/** Small words that may stay lowercase inside a name: "Abu Ubaidah ibn al-Jarrah", "Siege of Emesa". */
const PARTICLES = new Set([
  'of',
  'the',
  'and',
  'de',
  'la',
  'le',
  'du',
  'des',
  'von',
  'van',
  'der',
  'ibn',
  'bin',
  'bint',
  'al',
  'el',
  'on',
  'in',
  'y',
  'da',
  'di',
]);

function clean(name: string): string {
  return name.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * "Syria (region)" → "Syria", "Hit, Iraq" → "Hit": the name without Wikipedia's qualifier;
 * "Battle of Yarmouk#Aftermath" → "" (a part of a page names nothing).
 */
function pageName(page: string): string {
  if (page.includes('#')) return '';
  return clean(page.replace(/\s*\([^)]*\)\s*$/, '').replace(/,[^,]+$/, ''));
}

const words = (name: string) =>
  name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w.length > 0);

/** A proper name: every word that is not a small particle starts with a capital or a digit. */
function looksLikeName(name: string): boolean {
  // A name may open on an Arabic article ("al-Qarqisiya"), never on a common word ("the Romans").
  if (!/^(?:\p{Lu}|(?:al|el|ad|an|ar|as|at|az)-\p{Lu})/u.test(name)) return false;
  return name
    .split(/\s+/)
    .every(
      (word) => PARTICLES.has(word.toLowerCase().replace(/-.*$/, '')) || /^[\p{Lu}\d'‘’ʿ"(]/u.test(word),
    );
}

/** Names and dates that are not names of things: years, centuries, "14 May". */
const isDateLike = (name: string) => /^(?:\d|AD\b|BC\b|\p{L}+ \d{1,2}$)/u.test(name);

/** True when `text` and `page` are two names of one thing (see the module comment). */
function namesSameThing(text: string, page: string): boolean {
  if (!text || !page || text.toLowerCase() === page.toLowerCase()) return false;
  if (!looksLikeName(text) || isDateLike(page) || isDateLike(text)) return false;
  // Wikipedia capitalises every title's first letter: "General officer" is a common noun.
  if (!looksLikeName(page)) return false;
  const lowerText = text.toLowerCase();
  const lowerPage = page.toLowerCase();
  // "[[Arab]]s", "[[Ostmarkers|Ostmark]]": one word in another form, not another name.
  const [shorter, longer] =
    lowerText.length < lowerPage.length ? [lowerText, lowerPage] : [lowerPage, lowerText];
  if (longer.startsWith(shorter) && /^\p{L}{1,4}$/u.test(longer.slice(shorter.length))) return false;
  const pageWords = new Set(words(page));
  const textWords = words(text).filter((w) => !PARTICLES.has(w));
  const shortening = textWords.every((w) => pageWords.has(w));
  // "[[Battle of the Yarmuk|Yarmouk]]": a word of an event's title names a river or a town.
  if (EVENT.test(page) && !EVENT.test(text)) return false;
  if (GROUP.test(page) && !GROUP.test(text) && (textWords.length === 1 || !shortening)) {
    // "Halvia" for "Kingdom of Halvia" is the same land; "Byzantine" or "Persians" is not a name of the empire.
    const last = words(page).at(-1);
    const landOf = / of /i.test(page) && textWords.length === 1 && last === textWords[0];
    if (!landOf) return false;
  }
  return true;
}

/**
 * Groups of names that stand for one thing, in the order they first appear: the texts shown
 * in the article first (the deriver finds those in the prose), then the page's name.
 */
export function aliasGroups(links: readonly WikiLink[]): string[][] {
  const groups: string[][] = [];
  const groupOf = new Map<string, string[]>();
  const key = (name: string) => name.toLowerCase();
  for (const link of links) {
    const text = clean(link.text);
    const page = pageName(link.page);
    if (!namesSameThing(text, page)) continue;
    const existing = groupOf.get(key(page)) ?? groupOf.get(key(text));
    const group = existing ?? [];
    if (!existing) groups.push(group);
    for (const name of [text, page]) {
      if (groupOf.has(key(name))) continue;
      groupOf.set(key(name), group);
      group.push(name);
    }
  }
  // The page's name goes last, after every text that was shown for it.
  return groups.map((group) => [...group].sort((a, b) => rank(links, a) - rank(links, b)));
}

/** 0 for a name shown as link text somewhere, 1 for a name seen only as a page title. */
function rank(links: readonly WikiLink[], name: string): number {
  return links.some((link) => clean(link.text).toLowerCase() === name.toLowerCase()) ? 0 : 1;
}
