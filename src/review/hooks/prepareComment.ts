import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { idOf } from '@/lib/idOf'
import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'

import { fieldText } from '../fieldText'
import { isServerWrite } from '../serverWrites'

const COMMENTS = 'review-comments'
const ANCHOR = ['collection', 'documentId', 'fieldPath', 'locale', 'quote', 'rangeStart', 'rangeEnd'] as const

const invalid = (req: Parameters<CollectionBeforeChangeHook>[0]['req'], path: string, message: string) =>
  new ValidationError({ collection: COMMENTS, errors: [{ path, message }], req })

/** A comment of only spaces is an empty comment (400 through the required check). */
export const trimCommentBody: CollectionBeforeValidateHook = ({ data }) =>
  data && typeof data.body === 'string' ? { ...data, body: data.body.trim() } : data

/**
 * A comment is written by the caller, on a document the caller can read, anchored at a field that
 * exists and (when quoted) at words that are really there. Replies join their thread's root and
 * share its anchor. Nobody edits wording afterwards: only the thread status changes (resolve and
 * reopen go through the module's endpoints).
 */
export const prepareComment: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'update') {
    const changed = Object.keys(data).filter(
      (key) => !['status', 'resolvedBy', 'resolvedAt', 'updatedAt'].includes(key) && data[key] !== originalDoc?.[key],
    )
    if (changed.length > 0) throw new APIError('Review comments are part of the audit trail and cannot be edited', 403)
    return data
  }
  const { payload } = req
  if (!req.user) throw new APIError('Sign in to comment', 401)
  const next: Record<string, unknown> = { ...data, author: req.user.id, status: 'open', resolvedBy: null, resolvedAt: null }
  if (!isServerWrite(req)) next.event = null

  const parentId = idOf<number>(data.parent)
  if (parentId) {
    const parent = await payload.findByID({ collection: COMMENTS, id: parentId, depth: 0, req, overrideAccess: true })
    const root = parent.parent ? await payload.findByID({ collection: COMMENTS, id: idOf<number>(parent.parent)!, depth: 0, req, overrideAccess: true }) : parent
    next.parent = root.id
    for (const key of ANCHOR) next[key] = root[key as keyof typeof root] ?? null
  }

  const collection = next.collection as string
  if (!(CONTENT_COLLECTIONS as readonly string[]).includes(collection)) throw invalid(req, 'collection', 'Comments go on content documents')
  const documentId = Number(next.documentId)
  const notFound = () =>
    new APIError(`No ${collection} document with id "${String(next.documentId)}"`, 404, { field: 'documentId' }, true)
  if (!Number.isInteger(documentId) || documentId <= 0) throw notFound()
  const locale = (next.locale as string | null) ?? undefined
  const defaultLocale = payload.config.localization ? payload.config.localization.defaultLocale : undefined
  // The caller's own read access decides, so a comment never confirms a document they cannot see.
  const doc = await payload
    .findByID({
      collection: collection as 'articles',
      id: documentId,
      draft: true,
      depth: 0,
      locale: (locale ?? defaultLocale) as 'en',
      fallbackLocale: false as never,
      req,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
    })
    .catch(() => null)
  if (!doc) throw notFound()
  next.documentId = String(documentId)

  const fieldPath = String(next.fieldPath ?? '').trim()
  const topField = fieldPath.split('.')[0]
  const fields = payload.collections[collection as 'articles'].config.flattenedFields
  if (!fields.some((field) => field.name === topField)) {
    throw invalid(req, 'fieldPath', `"${fieldPath}" is not a field of ${collection}`)
  }
  const quote = typeof next.quote === 'string' && next.quote.trim() ? next.quote : null
  if (quote) {
    const text = fieldText(doc as unknown as Record<string, unknown>, fieldPath) ?? ''
    const start = typeof next.rangeStart === 'number' && text.slice(next.rangeStart).startsWith(quote) ? next.rangeStart : text.indexOf(quote)
    if (start < 0) throw invalid(req, 'quote', `The quoted words are not in ${fieldPath}${locale ? ` (${locale})` : ''}`)
    next.rangeStart = start
    next.rangeEnd = start + quote.length
  } else {
    next.quote = null
    next.rangeStart = null
    next.rangeEnd = null
  }
  return next
}
