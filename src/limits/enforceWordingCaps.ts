import { APIError, type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { MAX_DOCUMENT_WORDING_CHARS } from './constants'
import { findTooLongField } from './findTooLongField'
import { largestField, measureWording } from './measureWording'

/** 413 naming the field that holds most of a document's wording. */
export const wordingTooLong = (total: number, field: string | undefined): APIError =>
  new APIError(
    `The document's wording is ${total} characters, over the limit of ${MAX_DOCUMENT_WORDING_CHARS} for all fields and locales together${field ? `; most of it is in "${field}"` : ''}`,
    413,
    { field, maxCharacters: MAX_DOCUMENT_WORDING_CHARS, characters: total },
    true,
  )

/**
 * Size checks before anything reads the text: runs first among beforeOperation hooks, so an
 * oversized create or update is refused in milliseconds, before the workflow lock, the Lexical
 * field hooks and the claims check. An anonymous REST or GraphQL write is left to access
 * control, which refuses it without looking at the input.
 */
export const enforceWordingCaps: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (!req.user && args.overrideAccess !== true) return args
  const data = args.data as Record<string, unknown> | undefined
  if (!data || typeof data !== 'object') return args
  const { total, byField } = measureWording(data)
  if (total > MAX_DOCUMENT_WORDING_CHARS) throw wordingTooLong(total, largestField(byField))
  const tooLong = findTooLongField(collection.flattenedFields, data)
  if (tooLong) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: tooLong.path,
          message: `This value is ${tooLong.length} characters long; the limit is ${tooLong.maxLength}.`,
        },
      ],
    })
  }
  return args
}
