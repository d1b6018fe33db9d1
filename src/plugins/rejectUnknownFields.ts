import {
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type Plugin,
  ValidationError,
} from 'payload'

// Keys Payload itself accepts on writes without declaring them as fields.
const SYSTEM_KEYS = new Set(['id', '_status', 'createdAt', 'updatedAt', 'password', 'confirm-password'])

type Problem = { path: string; message: string }

const collectUnknown = (
  data: unknown,
  fields: FlattenedField[],
  prefix: string,
  problems: Problem[],
) => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return
  const byName = new Map(fields.map((field) => [field.name, field]))
  for (const [key, value] of Object.entries(data)) {
    const path = prefix ? `${prefix}.${key}` : key
    const field = byName.get(key)
    if (!field) {
      if (!(prefix === '' && SYSTEM_KEYS.has(key)) && !(prefix && key === 'id')) {
        problems.push({ path, message: `Unknown field "${path}"` })
      }
      continue
    }
    if (field.type === 'group' && !field.localized) {
      collectUnknown(value, field.flattenedFields, path, problems)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => collectUnknown(row, field.flattenedFields, `${path}.${index}`, problems))
    }
  }
}

/**
 * Payload drops keys it does not know without a word; a headless API should instead say
 * which field the client got wrong, before anything is written.
 */
const rejectUnknownFieldsHook: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const problems: Problem[] = []
  collectUnknown(args.data, collection.flattenedFields, '', problems)
  if (problems.length > 0) {
    throw new ValidationError({ collection: collection.slug, errors: problems, req })
  }
  return args
}

export const rejectUnknownFields = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), rejectUnknownFieldsHook],
    },
  })),
})
