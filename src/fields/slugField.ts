import type {
  CollectionSlug,
  FieldHook,
  PayloadRequest,
  TextField,
  TextFieldSingleValidation,
} from 'payload'

import { slugify } from '@/lib/slugify'
import { DUPLICATING_KEY } from '@/workflow/context'

const SLUG_PATTERN = /^[a-z0-9\u0E00-\u0E7F]+(?:-[a-z0-9\u0E00-\u0E7F]+)*$/

/**
 * Drafts live in the versions table, which has no unique index, so a slug is taken when
 * another document's live row or latest draft uses it.
 */
export const isSlugTaken = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  slug: string,
  id?: number | string,
) => {
  const live = await req.payload.count({
    collection,
    where: { and: [{ slug: { equals: slug } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    overrideAccess: true,
    req,
  })
  if (live.totalDocs > 0) return true
  const drafts = await req.payload.countVersions({
    collection,
    where: {
      and: [
        { 'version.slug': { equals: slug } },
        { latest: { equals: true } },
        ...(id ? [{ parent: { not_equals: id } }] : []),
      ],
    },
    overrideAccess: true,
    req,
  })
  return drafts.totalDocs > 0
}

const validateSlug: TextFieldSingleValidation = async (value, { req, id, collectionSlug }) => {
  if (!value) return 'A slug is required (or a title to derive it from)'
  if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) {
    return 'Use lowercase letters, digits and single hyphens only'
  }
  if (!collectionSlug) return true
  return (await isSlugTaken(req, collectionSlug as CollectionSlug, value, id)) ? 'Value must be unique' : true
}

/**
 * The first free slug of `base`, `base-2`, `base-3`… `reserved` holds the slugs a caller has
 * already handed out in rows not committed yet (imports in flight cannot see each other's rows);
 * the answer joins it.
 */
export const freeSlug = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  base: string,
  reserved?: Set<string>,
): Promise<string> => {
  for (let attempt = 1; attempt < 100; attempt++) {
    const candidate = attempt === 1 ? base : `${base.slice(0, 90)}-${attempt}`
    if (reserved?.has(candidate)) continue
    reserved?.add(candidate)
    if (!(await isSlugTaken(req, collection, candidate))) return candidate
  }
  return `${base.slice(0, 80)}-${Date.now().toString(36)}`
}

/**
 * A unique, URL-safe slug. When left empty it is derived from `sourceField`, and only once:
 * renaming a published article must not silently break its URL. A slug the client sends is
 * validated as sent, never rewritten.
 */
export const slugField = (sourceField = 'title'): TextField => {
  const deriveSlug: FieldHook = async ({ value, data, originalDoc, req, collection }) => {
    // Duplicating appends " - Copy" to unique fields; make that a valid, distinct slug.
    if (typeof value === 'string' && value.trim() && req.context[DUPLICATING_KEY] && collection) {
      return freeSlug(req, collection.slug as CollectionSlug, slugify(value))
    }
    if (typeof value === 'string' && value.trim()) return value.trim()
    if (originalDoc?.slug) return originalDoc.slug
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    return typeof source === 'string' ? slugify(source) || undefined : undefined
  }

  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    // Not `required`: that would make clients send it (GraphQL NonNull) although it is derived.
    admin: {
      position: 'sidebar',
      description: `Generated from the ${sourceField} when left empty.`,
    },
    hooks: { beforeValidate: [deriveSlug] },
    validate: validateSlug,
  }
}
