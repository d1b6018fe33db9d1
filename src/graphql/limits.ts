/*
 * GraphQL operation limits (README "Operating Relief CMS"), checked during validation, before anything executes.
 * Payload's own complexity limit (1000 by default) counts fields, not database work: 500 aliases
 * of `Articles(limit: 1) { totalDocs }` pass it and take half a minute.
 */

/** Aliased fields in one operation (fragments included). */
export const MAX_ALIASES = 20

/** Fields at the root of one operation (fragments included, `__typename` excepted). */
export const MAX_ROOT_FIELDS = 20

/**
 * Database work one operation may ask for: each root field, and each relationship or upload
 * resolved per parent document, costs 1, multiplied by the number of parent documents
 * (the `limit` of the list around it). See queryCost.ts.
 */
export const MAX_QUERY_COST = 300

/** Documents a list query returns when it gives no `limit` (Payload's default page size). */
export const DEFAULT_LIST_LIMIT = 10

/** What an unbounded list (`limit: 0` or `pagination: false`) is assumed to return. */
export const UNBOUNDED_LIST_SIZE = 1000

/** Documents a has-many relationship is assumed to hold. */
export const RELATION_LIST_SIZE = 10
