import {
  type CollectionBeforeOperationHook,
  executeAccess,
  type FlattenedField,
  type GlobalBeforeValidateHook,
  type Plugin,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { localeCodesOf } from '@/lib/locales'

import { checkShape, type Problem } from './checkShape'

const validateInput = async (
  req: PayloadRequest,
  data: unknown,
  fields: FlattenedField[],
  target: { collection?: string; global?: string },
) => {
  const localeCodes = localeCodesOf(req.payload.config)
  const { problems, relations } = checkShape(data, fields, { isAllLocales: req.locale === 'all', localeCodes })
  const missing: Problem[] = []
  for (const { path, relationTo, ids } of relations) {
    const unique = [...new Set(ids.map(Number))]
    if (unique.length === 0) continue
    const { totalDocs } = await req.payload.count({
      collection: relationTo as 'articles',
      where: { id: { in: unique } },
      overrideAccess: true,
      req,
    })
    if (totalDocs < unique.length) missing.push({ path, message: `${path} refers to a ${relationTo} document that does not exist` })
  }
  const all = [...problems, ...missing]
  if (all.length > 0) throw new ValidationError({ ...target, errors: all, req })
}

/**
 * Payload quietly drops unknown keys, coerces wrong types ("abc" → null, 123 → "123") and turns
 * dangling relationship ids into a database error (500). A headless API should instead say
 * which field the client got wrong, with a 400, before anything is written.
 */
const collectionHook: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  // Access first: a caller who may not write must learn nothing from the validation (e.g.
  // whether a referenced id exists). A query-shaped answer (Where) is left to Payload.
  if (!args.overrideAccess) {
    await executeAccess(
      { id: (args as { id?: number | string }).id, collectionConfig: collection, data: args.data, req },
      operation === 'create' ? collection.access.create : collection.access.update,
    )
  }
  await validateInput(req, args.data, collection.flattenedFields, { collection: collection.slug })
  return args
}

const globalHook: GlobalBeforeValidateHook = async ({ data, global, req }) => {
  await validateInput(req, data, global.flattenedFields, { global: global.slug })
  return data
}

export const strictInput = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), collectionHook],
    },
  })),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: { ...global.hooks, beforeValidate: [globalHook, ...(global.hooks?.beforeValidate ?? [])] },
  })),
})
