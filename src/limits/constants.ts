/*
 * Size caps, checked before any expensive work (claims check, Lexical conversion, import
 * parsing) so an oversized request is refused in milliseconds instead of stalling the server.
 */

/**
 * All the wording of one document, every locale together (characters as String.length counts
 * them). A long article is 5,000–20,000 characters per locale; this leaves room for many locales.
 */
export const MAX_DOCUMENT_WORDING_CHARS = 300_000

/** One imported file. The wording of the article it becomes is capped as above. */
export const MAX_IMPORT_FILE_BYTES = 1024 * 1024

/** Files in one `POST /api/import` request; larger batches belong to `npm run import`. */
export const MAX_IMPORT_FILES_PER_REQUEST = 50

/** The whole multipart body of one import request. */
export const MAX_IMPORT_REQUEST_BYTES = 16 * 1024 * 1024
