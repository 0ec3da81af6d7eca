/** Titles that come before a name and are not part of it ("Caliph Umar" is Umar). */
const TITLES = new Set([
  'caliph',
  'emperor',
  'empress',
  'king',
  'queen',
  'general',
  'sultan',
  'prince',
  'princess',
  'duke',
  'admiral',
  'marshal',
  'colonel',
  'captain',
  'commander',
  'governor',
  'consul',
  'lord',
  'sir',
  'saint',
]);

/**
 * A spelling-blind key for a name, so that one entity spelled two ways in the same article
 * is one entity: Abu Ubaidah / Abu Ubaydah, Iyadh / Iyad, Hīt / Hit, Circessium / Circesium,
 * Raqqa / al-Raqqah, Qa'qa / Al-Qa'qa'. It drops diacritics, apostrophes, the article "al-",
 * titles, h after a consonant or at a word's end, treats y as i and collapses doubled letters.
 */
export function nameKey(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘ʿʾ`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0 && word !== 'al' && word !== 'el' && word !== 'the');
  while (words.length > 1 && TITLES.has(words[0] ?? '')) words.shift();
  return words
    .map((word) =>
      word
        .replace(/y/g, 'i')
        .replace(/([^aeiou])h/g, '$1')
        .replace(/h$/, '')
        .replace(/(.)\1+/g, '$1'),
    )
    .join(' ');
}

/** True if `short` names the same person as `long` by its first words ("Khalid" / "Khalid ibn al-Walid"). */
export function isShortFormOf(short: string, long: string): boolean {
  const a = nameKey(short);
  const b = nameKey(long);
  if (a.length === 0 || a === b) return false;
  if (b.startsWith(`${a} `)) return true;
  // A surname alone ("Velkov" for "Radomir Velkov"), but not for names built with ibn/bin,
  // whose last word is the father's or the tribe's name.
  return !a.includes(' ') && !/ (?:ibn|bin|bint|of) /.test(` ${b} `) && b.endsWith(` ${a}`);
}

/** A name without a leading title: "Caliph Umar" → "Umar". */
export function withoutTitle(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && TITLES.has((words[0] ?? '').toLowerCase())) words.shift();
  return words.join(' ');
}

export type EntityKind = 'person' | 'place' | 'side' | 'other';

export interface Entity {
  id: string;
  kind: EntityKind;
  /** The name used in questions: the longest form the article uses. */
  name: string;
  /** Every form the article uses, the display name first. */
  names: string[];
  /** For people: the side (combatant) they served, when the article says. */
  side?: string;
}

/**
 * The entities of one article. Adding a name whose key matches a known name (or, for people,
 * a short form of one) merges it into that entity instead of making a new one.
 */
export class EntityRegistry {
  private readonly byKey = new Map<string, Entity>();
  readonly entities: Entity[] = [];

  add(name: string, kind: EntityKind): Entity {
    const clean = name.trim();
    const found = this.find(clean, kind);
    if (found) {
      addName(found, clean);
      return found;
    }
    const entity: Entity = { id: nameKey(clean), kind, name: clean, names: [clean] };
    this.entities.push(entity);
    this.byKey.set(entity.id, entity);
    return entity;
  }

  /** Records that `other` is another name of `entity` (Emesa / Homs). */
  alias(entity: Entity, other: string): void {
    const existing = this.find(other, entity.kind);
    if (existing && existing !== entity) {
      for (const n of existing.names) addName(entity, n);
      this.entities.splice(this.entities.indexOf(existing), 1);
      for (const [key, value] of this.byKey) if (value === existing) this.byKey.set(key, entity);
      if (!entity.side && existing.side) entity.side = existing.side;
    } else {
      addName(entity, other.trim());
    }
    for (const n of entity.names) this.byKey.set(nameKey(n), entity);
  }

  find(name: string, kind?: EntityKind): Entity | undefined {
    const key = nameKey(name);
    const exact = this.byKey.get(key);
    if (exact && (!kind || exact.kind === kind || kind === 'other')) return exact;
    if (kind !== 'person' && kind !== undefined) return undefined;
    // A person named by the first words of a longer name, when only one person fits.
    const longer = this.entities.filter(
      (e) => e.kind === 'person' && e.names.some((n) => isShortFormOf(name, n)),
    );
    return longer.length === 1 ? longer[0] : undefined;
  }

  ofKind(kind: EntityKind): Entity[] {
    return this.entities.filter((entity) => entity.kind === kind);
  }
}

function addName(entity: Entity, name: string): void {
  if (entity.names.includes(name)) return;
  entity.names.push(name);
  // A fuller name ("Khalid" → "Khalid ibn al-Walid") becomes the display name; a mere spelling variant does not.
  const words = (n: string) => n.trim().split(/\s+/).length;
  if (entity.kind === 'person' && words(name) > words(entity.name)) {
    entity.name = name;
    entity.names = [name, ...entity.names.filter((n) => n !== name)];
  }
}

/** True if `option` is one of the entity's names, spelled any way. */
export function isNameOf(entity: Pick<Entity, 'names'>, option: string): boolean {
  const key = nameKey(option);
  return entity.names.some((n) => nameKey(n) === key || isShortFormOf(option, n) || isShortFormOf(n, option));
}
