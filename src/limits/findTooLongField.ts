import type { FlattenedField } from 'payload'

export type TooLongField = { path: string; maxLength: number; length: number }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** The values of a field: one, or one per locale when a localized field is sent for several. */
const valuesOf = (field: FlattenedField, raw: unknown): unknown[] =>
  'localized' in field && field.localized && isPlainObject(raw) && field.type !== 'group' && field.type !== 'richText'
    ? Object.values(raw)
    : [raw]

/**
 * The first text or textarea value longer than its field's maxLength, with its path, found
 * without running any hook or validator: Payload's own maxLength check comes only after the
 * beforeChange hooks (the claims check among them) have read the whole text.
 */
export const findTooLongField = (
  fields: FlattenedField[],
  data: Record<string, unknown> | undefined,
  prefix = '',
): TooLongField | undefined => {
  if (!data) return undefined
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const path = prefix ? `${prefix}.${field.name}` : field.name
    for (const value of valuesOf(field, data[field.name])) {
      if ((field.type === 'text' || field.type === 'textarea') && typeof value === 'string') {
        if (field.maxLength && value.length > field.maxLength) return { path, maxLength: field.maxLength, length: value.length }
      } else if (field.type === 'group' && isPlainObject(value)) {
        const found = findTooLongField(field.flattenedFields, value, path)
        if (found) return found
      } else if (field.type === 'array' && Array.isArray(value)) {
        for (const [index, row] of value.entries()) {
          const found = isPlainObject(row) ? findTooLongField(field.flattenedFields, row, `${path}.${index}`) : undefined
          if (found) return found
        }
      } else if (field.type === 'blocks' && Array.isArray(value)) {
        for (const [index, row] of value.entries()) {
          if (!isPlainObject(row)) continue
          const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
          const found = block ? findTooLongField(block.flattenedFields, row, `${path}.${index}`) : undefined
          if (found) return found
        }
      }
    }
  }
  return undefined
}
