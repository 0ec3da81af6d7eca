/** A package this size is far past any deck a learner shares; bigger ones are refused unread. */
export const MAX_APKG_BYTES = 50_000_000;
/** The collection, unpacked. A zip or zstd frame that claims more is refused before it is unpacked. */
export const MAX_COLLECTION_BYTES = 150_000_000;
