import type { FlattenedField } from 'payload'

export type Problem = { path: string; message: string }

// Keys Payload itself accepts on writes without declaring them as fields.
const SYSTEM_KEYS = new Set(['id', '_status', 'createdAt', 'updatedAt', 'password', 'confirm-password', 'globalType'])

const isId = (value: unknown) =>
  (typeof value === 'number' && Number.isInteger(value) && value > 0) ||
  (typeof value === 'string' && /^\d+$/.test(value))

const relationIdOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'value' in value
    ? (value as { value: unknown }).value
    : value && typeof value === 'object' && 'id' in value
      ? (value as { id: unknown }).id
      : value

/** What a value must look like for a field type; undefined means "no opinion". */
const typeProblem = (field: FlattenedField, value: unknown): string | undefined => {
  if (value === null || value === undefined) return undefined
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      if ('hasMany' in field && field.hasMany) return Array.isArray(value) ? undefined : 'must be a list of strings'
      return typeof value === 'string' ? undefined : 'must be a string'
    case 'number':
      if ('hasMany' in field && field.hasMany) return Array.isArray(value) ? undefined : 'must be a list of numbers'
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number'
    case 'checkbox':
      return typeof value === 'boolean' ? undefined : 'must be true or false'
    case 'date':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? undefined : 'must be an ISO date'
    case 'select':
    case 'radio':
      if ('hasMany' in field && field.hasMany) {
        return Array.isArray(value) && value.every((v) => typeof v === 'string') ? undefined : 'must be a list of option values'
      }
      return typeof value === 'string' ? undefined : 'must be one of the option values'
    case 'richText':
      return typeof value === 'object' && !Array.isArray(value) && 'root' in value
        ? undefined
        : 'must be a rich text (Lexical) document'
    case 'relationship':
    case 'upload': {
      const values = 'hasMany' in field && field.hasMany ? value : [value]
      if (!Array.isArray(values)) return 'must be a list of ids'
      return values.every((v) => isId(relationIdOf(v))) ? undefined : 'must be an id (or a list of ids)'
    }
    case 'array':
    case 'blocks':
      // The admin form sends an untouched empty list as its row count (0).
      return Array.isArray(value) || value === 0 ? undefined : 'must be a list'
    case 'group':
      return typeof value === 'object' && !Array.isArray(value) ? undefined : 'must be an object'
    default:
      return undefined
  }
}

export type RelationRef = { path: string; relationTo: string; ids: (number | string)[] }

/**
 * Walks incoming data against the schema: unknown keys and values of the wrong type become
 * problems (named by path), and every referenced id is collected for an existence check.
 * `isAllLocales` means localized values arrive as { en: …, th: … }.
 */
export const checkShape = (
  data: unknown,
  fields: FlattenedField[],
  options: { isAllLocales: boolean; localeCodes: string[] },
  prefix = '',
  problems: Problem[] = [],
  relations: RelationRef[] = [],
) => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { problems, relations }
  const byName = new Map(fields.map((field) => [field.name, field]))
  for (const [key, rawValue] of Object.entries(data)) {
    const path = prefix ? `${prefix}.${key}` : key
    const field = byName.get(key)
    if (!field) {
      const isAllowed = prefix === '' ? SYSTEM_KEYS.has(key) : key === 'id'
      if (!isAllowed) problems.push({ path, message: `Unknown field "${path}"` })
      continue
    }
    const isLocalizedMap =
      options.isAllLocales && 'localized' in field && field.localized && rawValue && typeof rawValue === 'object' &&
      !Array.isArray(rawValue) && Object.keys(rawValue).every((k) => options.localeCodes.includes(k))
    const entries: [string, unknown][] = isLocalizedMap
      ? Object.entries(rawValue as object).map(([locale, v]) => [`${path}.${locale}`, v])
      : [[path, rawValue]]
    for (const [valuePath, value] of entries) {
      const problem = typeProblem(field, value)
      if (problem) {
        problems.push({ path: valuePath, message: `${valuePath} ${problem}` })
        continue
      }
      if ((field.type === 'relationship' || field.type === 'upload') && value !== null && value !== undefined) {
        if (typeof field.relationTo === 'string') {
          const list = Array.isArray(value) ? value : [value]
          relations.push({ path: valuePath, relationTo: field.relationTo, ids: list.map(relationIdOf) as number[] })
        }
      } else if (field.type === 'group' && value) {
        checkShape(value, field.flattenedFields, options, valuePath, problems, relations)
      } else if (field.type === 'array' && Array.isArray(value)) {
        value.forEach((row, index) =>
          checkShape(row, field.flattenedFields, options, `${valuePath}.${index}`, problems, relations),
        )
      }
    }
  }
  return { problems, relations }
}
