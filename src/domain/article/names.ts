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
const keyCache = new Map<string, string>();

export function nameKey(name: string): string {
  const cached = keyCache.get(name);
  if (cached !== undefined) return cached;
  // The cache only saves work (the key is a pure function of the name); bound it for long articles.
  if (keyCache.size > 100_000) keyCache.clear();
  const key = computeNameKey(name);
  keyCache.set(name, key);
  return key;
}

function computeNameKey(name: string): string {
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

/**
 * The keys of the shorter names that stand for this name: its first words ("Khalid" for
 * "Khalid ibn al-Walid") and its surname alone ("Velkov" for "Radomir Velkov") — but not the
 * last word of names built with ibn/bin/of, which is a father's, tribe's or land's name.
 */
function shortKeysOf(name: string): string[] {
  const key = nameKey(name);
  const words = key.split(' ');
  const keys: string[] = [];
  for (let i = 1; i < words.length; i++) keys.push(words.slice(0, i).join(' '));
  const last = words[words.length - 1];
  if (words.length > 1 && last && !/ (?:ibn|bin|bint|of) /.test(` ${key} `)) keys.push(last);
  return keys;
}

/** True if `short` names the same person as `long` by fewer words ("Khalid" / "Khalid ibn al-Walid"). */
export function isShortFormOf(short: string, long: string): boolean {
  return shortKeysOf(long).includes(nameKey(short));
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
  /** Short-form key → the people it could stand for, so lookups stay fast on long articles. */
  private readonly byShortKey = new Map<string, Set<Entity>>();
  private readonly live = new Set<Entity>();
  readonly entities: Entity[] = [];

  add(name: string, kind: EntityKind): Entity {
    const clean = name.trim();
    const found = this.find(clean, kind);
    if (found) {
      this.addName(found, clean);
      return found;
    }
    const entity: Entity = { id: nameKey(clean), kind, name: clean, names: [] };
    this.entities.push(entity);
    this.live.add(entity);
    this.addName(entity, clean);
    return entity;
  }

  /** Records that `other` is another name of `entity` (Emesa / Homs). */
  alias(entity: Entity, other: string): void {
    const existing = this.find(other, entity.kind);
    if (existing && existing !== entity) {
      this.entities.splice(this.entities.indexOf(existing), 1);
      this.live.delete(existing);
      for (const n of existing.names) this.addName(entity, n);
      if (!entity.side && existing.side) entity.side = existing.side;
    } else {
      this.addName(entity, other.trim());
    }
  }

  find(name: string, kind?: EntityKind): Entity | undefined {
    const exact = this.byKey.get(nameKey(name));
    if (exact && (!kind || exact.kind === kind || kind === 'other')) return exact;
    if (kind !== 'person' && kind !== undefined) return undefined;
    // A person named by fewer words of a longer name, when only one person fits.
    const people = [...(this.byShortKey.get(nameKey(name)) ?? [])].filter((e) => this.live.has(e));
    return people.length === 1 ? people[0] : undefined;
  }

  ofKind(kind: EntityKind): Entity[] {
    return this.entities.filter((entity) => entity.kind === kind);
  }

  private addName(entity: Entity, name: string): void {
    this.byKey.set(nameKey(name), entity);
    if (entity.kind === 'person') {
      for (const key of shortKeysOf(name)) {
        const set = this.byShortKey.get(key) ?? new Set<Entity>();
        set.add(entity);
        this.byShortKey.set(key, set);
      }
    }
    if (entity.names.includes(name)) return;
    entity.names.push(name);
    // A fuller name ("Khalid" → "Khalid ibn al-Walid") becomes the display name; a mere spelling variant does not.
    const words = (n: string) => n.trim().split(/\s+/).length;
    if (entity.kind === 'person' && words(name) > words(entity.name)) {
      entity.name = name;
      entity.names = [name, ...entity.names.filter((n) => n !== name)];
    }
  }
}

/** True if `option` is one of the entity's names, spelled any way. */
export function isNameOf(entity: Pick<Entity, 'names'>, option: string): boolean {
  const key = nameKey(option);
  return entity.names.some((n) => nameKey(n) === key || isShortFormOf(option, n) || isShortFormOf(n, option));
}
