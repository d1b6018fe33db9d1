import {
  type CollectionBeforeValidateHook,
  type FlattenedField,
  type GlobalBeforeValidateHook,
  type PayloadRequest,
  type Plugin,
  ValidationError,
} from 'payload'

import { findUnsafeLinks } from '@/lib/links/findUnsafeLinks'
import { localeCodesOf } from '@/lib/locales'

const refuseUnsafeLinks = (
  req: PayloadRequest,
  data: unknown,
  fields: FlattenedField[],
  target: { collection?: string; global?: string },
) => {
  const localeCodes = localeCodesOf(req.payload.config)
  const errors = findUnsafeLinks(data, fields, localeCodes)
  if (errors.length > 0) throw new ValidationError({ ...target, errors, req })
}

// After access control (a caller without rights learns nothing about the input) and before the
// claims check and the write; drafts and autosaves included, since live preview renders them.
const collectionHook: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  refuseUnsafeLinks(req, data, collection.flattenedFields, { collection: collection.slug })
  return data
}

const globalHook: GlobalBeforeValidateHook = ({ data, global, req }) => {
  refuseUnsafeLinks(req, data, global.flattenedFields, { global: global.slug })
  return data
}

/**
 * Every link a client can receive (URL fields and rich-text links in every collection, global
 * and locale) is limited to http(s), mailto, tel and relative targets: stored `javascript:` or
 * `data:` links would reach anonymous API clients and any frontend that renders them.
 */
export const safeLinks = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeValidate: [collectionHook, ...(collection.hooks?.beforeValidate ?? [])],
    },
  })),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: { ...global.hooks, beforeValidate: [globalHook, ...(global.hooks?.beforeValidate ?? [])] },
  })),
})
