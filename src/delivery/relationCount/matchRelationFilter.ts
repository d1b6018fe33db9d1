import type { FlattenedField, Where } from 'payload'

/** A list read that filters on one has-many relationship, optionally live rows only. */
export type RelationFilter = {
  /** The relationship field's name, which is also its `path` in the `_rels` table. */
  field: string
  relationTo: string
  ids: number[]
  isLiveOnly: boolean
}

/** PostgreSQL `integer`, the type of serial ids and relationship columns. */
const MAX_INT = 2_147_483_647
const SAFE_NAME = /^[a-z][a-zA-Z0-9_]*$/

const toId = (value: unknown): number | null => {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 && value <= MAX_INT ? value : null
  if (typeof value === 'string' && /^[1-9][0-9]{0,9}$/.test(value)) return toId(Number(value))
  return null
}

/** Payload takes an `in` list as an array, a comma-separated string or a single value. */
const toIds = (operator: string, value: unknown): number[] | null => {
  const values =
    operator === 'in'
      ? Array.isArray(value)
        ? value
        : typeof value === 'string'
          ? value.split(',')
          : [value]
      : [value]
  if (values.length === 0) return null
  const ids = values.map(toId)
  return ids.every((id): id is number => id !== null) ? ids : null
}

/** The leaves of nested `and`s; null when the query has an `or` or anything else. */
const conjuncts = (where: Where): Where[] | null => {
  const keys = Object.keys(where)
  if (keys.length === 1 && keys[0] === 'and') {
    if (!Array.isArray(where.and)) return null
    const leaves: Where[] = []
    for (const part of where.and) {
      if (!part || typeof part !== 'object') return null
      const nested = conjuncts(part)
      if (!nested) return null
      leaves.push(...nested)
    }
    return leaves
  }
  if (keys.length === 0) return []
  if (keys.length !== 1 || keys[0] === 'or') return null
  return [where]
}

const isLiveCondition = (leaf: Where) => {
  const condition = leaf._status as Record<string, unknown> | undefined
  return (
    condition !== undefined &&
    typeof condition === 'object' &&
    Object.keys(condition).length === 1 &&
    condition.equals === 'published'
  )
}

/**
 * Recognises the one query shape whose total can be counted from the relations table alone:
 * `<has-many relationship> in | equals | contains <ids>`, and-ed only with
 * `_status equals published` (the public's read access, src/access/publishedOrStaff.ts, or the
 * live-read rule, src/delivery/liveReads.ts). Anything else (another condition, `or`, a
 * polymorphic or localized or nested relationship, a value that is not a plain id) is null,
 * and Payload counts it as usual.
 */
export const matchRelationFilter = (fields: FlattenedField[], where: Where | undefined, hasStatus: boolean): RelationFilter | null => {
  if (!where) return null
  const leaves = conjuncts(where)
  if (!leaves) return null
  let relation: Omit<RelationFilter, 'isLiveOnly'> | null = null
  let isLiveOnly = false
  for (const leaf of leaves) {
    if (hasStatus && isLiveCondition(leaf)) {
      isLiveOnly = true
      continue
    }
    if (relation) return null
    const [name] = Object.keys(leaf)
    const field = fields.find((candidate) => candidate.name === name)
    if (
      !name ||
      !SAFE_NAME.test(name) ||
      !field ||
      field.type !== 'relationship' ||
      !field.hasMany ||
      typeof field.relationTo !== 'string' ||
      field.localized
    ) {
      return null
    }
    const condition = leaf[name] as Record<string, unknown>
    if (!condition || typeof condition !== 'object') return null
    const operators = Object.keys(condition)
    const [operator] = operators
    if (operators.length !== 1 || !operator || !['in', 'equals', 'contains'].includes(operator)) return null
    const ids = toIds(operator, condition[operator])
    if (!ids) return null
    relation = { field: name, relationTo: field.relationTo, ids: [...new Set(ids)] }
  }
  return relation ? { ...relation, isLiveOnly } : null
}
