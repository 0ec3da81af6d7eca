import { ORGANISATION_NAME, PERIOD_NAME, PLACE_NAME_WORD } from './focus';
import { nameKey } from './names';
import { escapeRegExp, NOT_NAMES } from './patterns';

/**
 * What the whole article shows a name to be, read from every use of it, not from the one
 * sentence a question comes from: "in Savannah" and "from Savannah" make a place of a word
 * the NLP library takes for a first name; "the 50-gun Bristol", "aboard Bristol" and a list
 * of ships make a ship of a city's name; "La Gaceta, a Guatemalan newspaper" a newspaper;
 * "Late Tepeu times" a period, "Hawker Hunter jet fighters" a machine, "Formula Atlantic racing"
 * a competition, "the Nouvelle Marine doctrine" an idea.
 */
const EVIDENCE_KINDS = [
  'person',
  'place',
  'organisation',
  'ship',
  'publication',
  'event',
  'competition',
  'period',
  'vehicle',
  'idea',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
/** Kinds never asked as a name nor offered for one: an age, a machine's model, a doctrine or a style. */
const UNASKED = new Set<EvidenceKind>(['period', 'vehicle', 'idea']);

/** Titles and ranks before a name: what follows is a person ("Group Captain Peter Petter-Bowyer"). */
const TITLE = String.raw`(?:(?:Vice|Rear|Air(?:\s+Vice|\s+Chief)?|Field|Lieutenant|Major|Brigadier|Squadron|Wing|Group|Flight)\s+)?(?:Captain|General|Admiral|Colonel|Major|Lieutenant|Commander|Marshal|Commodore|Sergeant|Corporal|Private|Leader|Officer|Governor|Mayor|Councilor|Councillor|Judge|Justice|Chairman|Lord|Lady|Sir|Dame|Mr|Mrs|Ms|Miss|Dr|President|Minister|Senator|Bishop|Archbishop|Pope|Prince|Princess|Duke|Count|Baron|Emperor|Empress|King|Queen|Sultan|Caliph|Chief|MP)|Prime\s+Minister|(?:Labour|Conservative|Liberal)\s+MP`;
export const PERSON_TITLE_WORDS = new RegExp(`^(?:${TITLE})\\b`);
/** "Admiral Sir", "Squadron Leader", "Prime Minister": the whole run of titles before a name. */
export const TITLES_ONLY = new RegExp(`^(?:(?:${TITLE})\\s+)*(?:${TITLE})$`);

/** "Siberian Intervention", "Washington Naval Treaty", "Warsaw Pact": events and agreements, never places or people. */
export const EVENT_NAME =
  /\b(?:Intervention|Incident|Crisis|Emergency|Expedition|Orogeny|Glaciation|Eruption|Earthquake|Famine|Treaty|Agreement|Conference|Accord|Pact|Convention|Declaration|Congress of|Affair|Massacre|Uprising|Rising|Mutiny|Armistice|Truce)$/;
/** "The Times", "La Gaceta": words that name a newspaper or a journal. */
const PUBLICATION_NAME =
  /\b(?:Gazette|Gaceta|Times|Herald|Tribune|Chronicle|Journal|Courier|Magazine|Gazzetta)\b/;
/**
 * "CART World Series", "Davis Cup", "Monaco Grand Prix": a name ending in one of these words is a
 * competition. A bare "Games" or "Rally" is not ("Hunger Games", "Nuremberg Rally").
 */
const COMPETITION_NAME =
  /\s(?:Series|Cup|Championships?|Tournament|Trophy|Grand\s+Prix|Olympics|(?:Olympic|Commonwealth|Asian|Paralympic)\s+Games|Stakes|Derby)$/;
/** "IndyCar racing", "the Formula Atlantic championship": the noun after a competition's name. */
export const COMPETITION_HEAD = /^\s+(?:racing|championships?)\b/;
/**
 * What a machine is called after its maker's and model's name: "jet bombers", "flying boats", "airplane".
 * A bare "fighters" or "cars" is not ("Taliban fighters", "a Hendrick car"): only "jet fighters", "racing cars".
 */
const MACHINE_NOUN = String.raw`(?:(?:jet|turboprop|piston|twin-engined?|single-engined?|heavy|light|medium|dive|torpedo|night|flying|transport)\s+)*(?:aircraft|airplanes?|aeroplanes?|airliners?|bombers?|boats?|floatplanes?|seaplanes?|helicopters?|jets?|monoplanes?|biplanes?|planes?|tanks?|trucks?|locomotives?|engines?|chassis|(?:jet|night)\s+fighters?|(?:racing|sports)\s+cars?)`;

const SHIP_NOUN = String.raw`(?:HMS|USS|SMS|HMAS|HMCS|RMS|CSS|ship|ships|flagship|frigates?|warships?|battleships?|cruisers?|sloops?|schooners?|brigs?|vessels?|ironclads?|destroyers?|steamers?|liners?|\d+-gun|aboard|on\s+board)`;
const BEFORE = {
  ship: new RegExp(String.raw`\b${SHIP_NOUN}\s+(?:the\s+)?$`),
  // "in southern Kansas", "three miles north of Oxbow", "the village of Dunmore", "the capital Salisbury".
  place:
    /(?:\b(?:in|at|near|from|off|into|towards?|outside|inside|via|across|reached|captured|besieged|occupied)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?|\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+(?:the\s+)?|\bcapital\s+|\b(?:town|city|village|community|county|state|province|port|region|district|department|settlement|suburb)\s+of\s+)$/,
  publication:
    /\b(?:newspapers?|journals?|magazines?|gazettes?|periodicals?|issues?\s+of|editions?\s+of)\s+(?:the\s+)?$/i,
  // "flying Hawker Hunters", "re-equipping with Avro Lincolns", "The airliner involved, a Douglas Dakota".
  vehicle:
    /(?:\b(?:flew|flown|flying|piloted|equipped\s+with|re-equipp(?:ed|ing)\s+with)\s+(?:an?\s+)?|\b(?:aircraft|airliner|airplane|plane)\b[^,.;]{0,20},\s+an?\s+)$/,
  competition: /\b(?:competed|raced|racing)\s+in\s+(?:the\s+)?$/,
  // "members of the Official IRA", "split into the Official IRA and the Provisional IRA".
  organisation: /\b(?:members?\s+of|joined|split\s+into|leaders?\s+of|leadership\s+of)\s+(?:the\s+)?$/,
  // "his son Domitian", "the death of Domitian", "the poet Li Bai": kin, offices and deaths belong to people.
  person:
    /\b(?:son|daughter|wife|husband|brother|sister|father|mother|uncle|nephew|heir|successor|predecessor|emperor|king|queen|general|admiral|captain|colonel|governor|senator|consul|prefect|bishop|archbishop|pope|chairman|secretary|mayor|councilor|councillor|poet|writer|historian|(?:death|murder|assassination|reigns?|son|daughter|wife|widow|brother|sister|nephew|niece|heir)\s+of)\s+$/,
};
const AFTER = {
  ship: /^\s+(?:sailed|anchored|ran\s+aground|was\s+(?:launched|commissioned|scuttled|sunk|refitted|laid\s+down))\b/,
  person:
    /^(?:\s+(?:said|wrote|reported|noted|observed|replied|ordered|recalled|argued|remarked|himself|herself|died|married|reigned|was\s+(?:assassinated|murdered|executed|born|crowned|elected))\b|,\s+who\b)/,
  organisation:
    /^\s+(?:members?|leaders?|leadership|volunteers|was\s+(?:founded|formed|established|disbanded))\b/,
  publication: /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:newspaper|journal|magazine|periodical)\b/u,
};
/**
 * The common noun a name stands before says what it is, and the words before the name then go
 * with that noun ("in the Nouvelle Marine doctrine" puts no place there): "Late Tepeu times",
 * "Hawker Hunter jet fighters", "a Douglas Dakota 3C, a British-made airliner", "Formula Atlantic racing".
 */
const HEAD_NOUN: [Extract<EvidenceKind, 'period' | 'vehicle' | 'competition' | 'idea'>, RegExp][] = [
  ['period', /^\s+(?:times|period|era|epoch|phase)\b/],
  [
    'vehicle',
    new RegExp(
      String.raw`^(?:\s+\w*\d\w*)?(?:\s+${MACHINE_NOUN}|,\s+an?\s+(?:[\p{L}-]+\s+){0,3}${MACHINE_NOUN}(?=\s*(?:[,.;)]|$)))\b`,
      'u',
    ),
  ],
  ['competition', COMPETITION_HEAD],
  [
    'idea',
    /^\s+(?:(?:naval|military|political|economic|artistic|architectural|religious|legal)\s+)?(?:philosophy|doctrine|theory|style|culture|tradition)\b/,
  ],
];

/** A run of capitalised words: a name as prose writes it (titles included, split off below). */
const NAME_RUN = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’-]*)*/gu;
/** A capitalised word, maybe with a lowercase link, right before a name: "Instituto de Antropología e Historia". */
const NAME_BEFORE = /(\p{Lu}[\p{L}'’-]*)\s+(?:(?:de|del|e|y|of|the|la|el|&)\s+)*$/u;
/** A capitalised word right after a name, maybe after a link: "Lost World Complex", "Valley of Mexico". */
const NAME_AFTER = /^\s+(?:(?:de|del|e|y|of|&)\s+)*\p{Lu}/u;

/** "Squadron Leader Chris Dixon", "Prime Minister Ian Smith": a title, then a name — a person. */
export function isTitledName(name: string): boolean {
  const { title, name: rest } = splitTitle(name);
  return title !== '' && rest !== '' && !PLACE_WORD.test(name) && !ORGANISATION_NAME.test(rest);
}
/** "Prince Edward Island", "King George Sound": a title that begins a place's name. */
const PLACE_WORD =
  /\b(?:Island|Islands|Sound|Bay|River|Land|County|Street|Square|Park|College|Hospital|Bridge)\b/;

type Counts = Record<EvidenceKind, number>;
/** "RAF", "NASCAR": a name in capitals is a body's, never a machine's or an age's. */
const ACRONYM = /^\p{Lu}{2,}$/u;
const noCounts = (): Counts => Object.fromEntries(EVIDENCE_KINDS.map((kind) => [kind, 0])) as Counts;

export interface KindEvidence {
  /** The kind the article's uses of this name agree on; undefined when none or they disagree. */
  kindOf(name: string): EvidenceKind | undefined;
  /** True if the article uses this name against `kind` and never as one ("Savannah" for a person). */
  contradicts(name: string, kind: string): boolean;
  /** True if the name only ever stands inside a longer one ("Historia", "Lost World" of "Lost World Complex"). */
  onlyInLongerNames(name: string): boolean;
  /** True if the article shows the name to be a period, a machine or an idea: never asked, never an option. */
  unasked(name: string): boolean;
}

/** True if every use of the name in the sentences has another name word joined to it; false if it is never used. */
function onlyInLonger(sentences: readonly string[], name: string): boolean {
  if (!name.trim()) return false;
  const re = new RegExp(`(?<![\\p{L}\\p{N}'’-])${escapeRegExp(name)}(?![\\p{L}\\p{N}-])`, 'gu');
  let uses = 0;
  for (const sentence of sentences)
    for (const m of sentence.matchAll(re)) {
      uses++;
      const before = NAME_BEFORE.exec(sentence.slice(Math.max(0, m.index - 40), m.index));
      const word = before?.[1] ?? '';
      // "General Smith" is Smith, but "Minister of Fisheries" is one name: a title joined by "of" holds the word.
      const linked = before ? /\s(?:de|del|e|y|of|la|el|&)\s+$/.test(before[0]) : false;
      const joined =
        (word && !NOT_NAMES.has(word) && (linked || !PERSON_TITLE_WORDS.test(word))) ||
        NAME_AFTER.test(sentence.slice(m.index + name.length));
      if (!joined) return false;
    }
  return uses > 0;
}

/** The title before a name, if any: ["Captain", "John Hood"]. */
function splitTitle(run: string): { title: string; name: string } {
  const words = run.split(/\s+/);
  for (let i = words.length - 1; i > 0; i--) {
    const head = words.slice(0, i).join(' ');
    if (TITLES_ONLY.test(head)) return { title: head, name: words.slice(i).join(' ') };
  }
  return { title: '', name: run };
}

/** Reads the kinds of evidence every name in the article's sentences carries. */
export function kindEvidence(sentences: readonly string[]): KindEvidence {
  const counts = new Map<string, Counts>();
  const count = (name: string, kind: EvidenceKind, weight = 1) => {
    const key = nameKey(name);
    const c = counts.get(key) ?? noCounts();
    c[kind] += weight;
    counts.set(key, c);
  };
  /** What the nouns after each name say, kept apart: they count only where nothing else speaks. */
  const heads = new Map<string, Counts>();
  const countHead = (name: string, kind: EvidenceKind) => {
    const c = heads.get(nameKey(name)) ?? noCounts();
    c[kind] += 1;
    heads.set(nameKey(name), c);
  };
  const lists: string[][] = [];
  /** "Redfield, Kansas": a name with a place after its comma, typed once the place is known. */
  const placedBefore: [string, string][] = [];
  for (const sentence of sentences) {
    let list: string[] = [];
    let listEnd = -1;
    let listKinds: EvidenceKind[] = [];
    for (const match of sentence.matchAll(NAME_RUN)) {
      let run = match[0];
      let start = match.index;
      // "In Boston", "The Times": a sentence's capitalised first word is no part of a name.
      const first = run.split(/\s+/)[0] ?? '';
      if (NOT_NAMES.has(first) && first !== 'The') {
        const rest = run.slice(first.length).trimStart();
        if (!rest) continue;
        start += run.length - rest.length;
        run = rest;
      }
      const before = sentence.slice(Math.max(0, start - 40), start);
      const after = sentence.slice(start + run.length, start + run.length + 60);
      const { title, name } = splitTitle(run);
      if (title) count(name, 'person');
      // A name's own words ("Intervention", "Gazette") outweigh one word before it ("in the Siberian Intervention").
      if (EVENT_NAME.test(name)) count(name, 'event', 2);
      if (PUBLICATION_NAME.test(name)) count(name, 'publication', 2);
      // "Ordnance Survey", "Hayden Survey": a survey is the body that made it.
      if ((ORGANISATION_NAME.test(name) || /\sSurvey$/.test(name)) && !PLACE_NAME_WORD.test(name))
        count(name, 'organisation', 2);
      if (COMPETITION_NAME.test(name)) count(name, 'competition', 2);
      if (PERIOD_NAME.test(name)) count(name, 'period', 2);
      for (const kind of ['ship', 'person', 'organisation', 'publication'] as const)
        if (AFTER[kind].test(after)) count(name, kind);
      const head = HEAD_NOUN.find(([, noun]) => noun.test(after))?.[0];
      if (head) countHead(name, head);
      // "frigates Actaeon, Active, Solebay, Siren and Sphinx", "from North Carolina and Virginia":
      // the word before a list types every name in it.
      const gap = listEnd >= 0 ? sentence.slice(listEnd, start) : '';
      const previous = list[list.length - 1];
      if (previous && /^,\s*$/.test(gap)) placedBefore.push([previous, name]);
      if (/^(?:,\s*|,?\s+(?:and|or)\s+)$/.test(gap)) list.push(name);
      else {
        if (list.length >= 3) lists.push(list);
        list = [name];
        listKinds = head
          ? []
          : (
              ['ship', 'place', 'organisation', 'publication', 'person', 'vehicle', 'competition'] as const
            ).filter((kind) => BEFORE[kind].test(before));
        // "split into the Official IRA": the "into" of a body's words puts no place after it.
        if (listKinds.includes('organisation')) listKinds = listKinds.filter((kind) => kind !== 'place');
      }
      for (const kind of listKinds) count(name, kind);
      listEnd = start + run.length;
    }
    if (list.length >= 3) lists.push(list);
  }
  // A name in a list of ships is a ship: "Parker took Active, Bristol, Experiment and Solebay".
  const shipLike = (name: string) => {
    const c = counts.get(nameKey(name));
    return Boolean(c && c.ship > 0 && c.ship >= c.place + c.person);
  };
  for (const list of lists)
    if (list.filter(shipLike).length * 2 >= list.length) for (const name of list) count(name, 'ship');

  const partOnly = new Map<string, boolean>();
  /**
   * A name's counts, with what the nouns after it say only where nothing shows it to be a
   * person or a body: "Churchill tanks" after "Churchill said", "RAF bombers", "the Stalin era".
   */
  const countsOf = (name: string): Counts | undefined => {
    const bare = splitTitle(name).name;
    const c = counts.get(nameKey(bare));
    const h = heads.get(nameKey(bare));
    if (!h || (c && c.person + c.organisation > 0) || ACRONYM.test(bare)) return c;
    const all = c ?? noCounts();
    return Object.fromEntries(EVIDENCE_KINDS.map((kind) => [kind, all[kind] + h[kind]])) as Counts;
  };
  const kindOf = (name: string): EvidenceKind | undefined => {
    const c = countsOf(name);
    if (!c) return undefined;
    const ranked = (Object.entries(c) as [EvidenceKind, number][]).sort((a, b) => b[1] - a[1]);
    const [best, next] = ranked;
    return best && best[1] > 0 && best[1] > (next?.[1] ?? 0) ? best[0] : undefined;
  };
  // "Lusaka, Zambia", "Fields, Oregon": a name whose comma is followed by a place is a place in it.
  const placed = placedBefore.filter(
    ([name, after]) => kindOf(after) === 'place' && kindOf(name) !== 'person',
  );
  for (const [name] of placed) count(name, 'place');
  return {
    kindOf,
    contradicts(name, kind) {
      const c = countsOf(name);
      if (!c) return false;
      const own = kind in c ? c[kind as EvidenceKind] : 0;
      const shown = kindOf(name);
      return own === 0 && shown !== undefined && shown !== kind;
    },
    unasked(name) {
      const shown = kindOf(name);
      return shown !== undefined && UNASKED.has(shown);
    },
    onlyInLongerNames(name) {
      let only = partOnly.get(name);
      if (only === undefined) {
        only = onlyInLonger(sentences, name);
        partOnly.set(name, only);
      }
      return only;
    },
  };
}
