import { z } from '../shared/validation';

/**
 * What the importer reads out of an Anki collection, checked before it is used: the JSON
 * columns of `col` (legacy schema 11), and each row of the tables it selects from. A row of
 * another shape is a damaged or foreign database, and is refused with its table named.
 */

const id = z.number().check(z.int());
const name = z.string().check(z.maxLength(1000));

/** `col.models` (schema 11): note types by id, with their fields and card templates. */
export const legacyModelsSchema = z.record(
  z.string(),
  z.object({
    name,
    /** 1 is a Cloze type; 0 (or absent in very old collections) a standard one. */
    type: z.optional(z.number()),
    flds: z.array(z.object({ name, ord: z.number() })).check(z.maxLength(100)),
    tmpls: z.array(z.object({ name, ord: z.number() })).check(z.maxLength(100)),
  }),
);

/** `col.decks` (schema 11): deck names by id, subdecks written `Parent::Child`. */
export const legacyDecksSchema = z.record(z.string(), z.object({ name }));

export const colRow = z.tuple([id, z.string(), z.string()]);
/** id, guid, mid, tags, flds */
export const noteRow = z.tuple([id, z.string().check(z.maxLength(100)), id, z.string(), z.string()]);
/** id, nid, did, ord, type, queue, due, ivl, reps, lapses, odid, odue */
export const cardRow = z.tuple([id, id, id, id, id, id, id, id, id, id, id, id]);
/** id (epoch ms), cid, ease, ivl, type, time (ms) */
export const revlogRow = z.tuple([id, id, id, id, id, id]);
/** Schema 18's own tables: notetypes (id, name, config), fields and templates (ntid, ord, name), decks (id, name). */
export const notetypeRow = z.tuple([id, name, z.instanceof(Uint8Array)]);
export const ordNameRow = z.tuple([id, id, name]);
export const deckRow = z.tuple([id, name]);

export type NoteRow = z.infer<typeof noteRow>;
export type CardRow = z.infer<typeof cardRow>;
export type RevlogRow = z.infer<typeof revlogRow>;
