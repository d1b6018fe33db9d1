import type { FlattenedField, Payload } from 'payload'

export type QueryProblem = { path: string; message: string }

const GEO = new Set(['near', 'within', 'intersects'])
const TEXT_MATCH = new Set(['like', 'not_like', 'contains'])
const ID_VALUE_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in'])
/** Types whose PostgreSQL columns cannot be pattern-matched (the query would fail with a 500). */
const NO_TEXT_MATCH = new Set(['date', 'checkbox', 'point', 'richText', 'relationship', 'upload', 'json'])
const RICH_TEXT_OPERATORS = new Set(['exists', 'equals', 'not_equals'])
const INT_MAX = 2_147_483_647

const isInteger = (value: unknown) => {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  return /^\d+$/.test(text) && Number(text) <= INT_MAX
}

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' && value.includes(',') ? value.split(',') : [value]

/** The field a dotted where path names, following groups, arrays, blocks and relationships. */
const resolvePath = (payload: Payload, fields: FlattenedField[], path: string): FlattenedField | undefined => {
  let current = fields
  let field: FlattenedField | undefined
  for (const segment of path.split('.')) {
    field = current.find((candidate) => candidate.name === segment)
    if (!field) return undefined
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) current = field.flattenedFields
    else if (field.type === 'blocks') current = field.blocks.flatMap((block) => (typeof block === 'string' ? [] : block.flattenedFields))
    else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      current = payload.collections[field.relationTo]?.config.flattenedFields ?? []
    } else current = []
  }
  return field
}

const operatorProblem = (field: FlattenedField, operator: string, value: unknown): string | undefined => {
  const isHasMany = 'hasMany' in field && Boolean(field.hasMany)
  if (GEO.has(operator) && field.type !== 'point') return `does not support "${operator}" (only point fields do)`
  if (field.type === 'richText' && !RICH_TEXT_OPERATORS.has(operator)) return `is rich text and supports only "exists", "equals" and "not_equals", not "${operator}"`
  // A hasMany select lives in a join table: "contains" matches an element (our reviewer query
  // uses it), the pattern operators fail in PostgreSQL.
  const isPatternOnManySelect = field.type === 'select' && isHasMany && operator !== 'contains'
  if (TEXT_MATCH.has(operator) && (NO_TEXT_MATCH.has(field.type) || isPatternOnManySelect)) {
    return `(${field.type}) does not support "${operator}"`
  }
  // PostgreSQL fails on "all" for single values and for hasMany selects (stored in a join table).
  if (operator === 'all' && (!isHasMany || field.type === 'select')) return 'does not support "all"'
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string' && ID_VALUE_OPERATORS.has(operator)) {
    const values = listOf(value).filter((item) => item !== null && item !== '' && item !== 'null')
    if (values.some((item) => !isInteger(item))) return `"${operator}" needs document ids (whole numbers)`
  }
  return undefined
}

/**
 * Where clauses PostgreSQL would reject with an error (a 500): operators a field type cannot
 * take, ids that are not integers. Paths Payload does not know are left to Payload (400).
 */
export const checkWhere = (payload: Payload, fields: FlattenedField[], where: unknown, problems: QueryProblem[] = []) => {
  if (!where || typeof where !== 'object') return problems
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      condition.forEach((nested) => checkWhere(payload, fields, nested, problems))
      continue
    }
    if (!condition || typeof condition !== 'object') continue
    const field = resolvePath(payload, fields, key)
    if (!field) continue
    for (const [operator, value] of Object.entries(condition)) {
      const problem = operatorProblem(field, operator, value)
      if (problem) problems.push({ path: `where.${key}.${operator}`, message: `where[${key}][${operator}]: ${key} ${problem}` })
    }
  }
  return problems
}
