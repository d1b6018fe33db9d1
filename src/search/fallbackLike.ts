import type { CollectionBeforeOperationHook, FlattenedField, Where } from 'payload'

/** The operators that search text; the others compare values and keep their exact meaning. */
const TEXT_SEARCH_OPERATORS = new Set(['like', 'contains'])

const fallbackOf = (fallbackLocale: unknown): string | undefined => {
  if (typeof fallbackLocale === 'string') return fallbackLocale
  if (Array.isArray(fallbackLocale) && typeof fallbackLocale[0] === 'string') return fallbackLocale[0]
  return undefined
}

const isLocalizedText = (fields: FlattenedField[], name: string) =>
  fields.some((field) => field.name === name && (field.type === 'text' || field.type === 'textarea') && field.localized)

/**
 * `{ title: { like } }` in locale `th` becomes "the Thai title matches, or there is no Thai title
 * and the fallback (English) title matches": the values a reader of that locale is shown.
 */
const rewrite = (where: Where, fields: FlattenedField[], locale: string, fallback: string): Where => {
  const out: Where = {}
  const extra: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      out[key] = value.map((inner) => rewrite(inner as Where, fields, locale, fallback))
      continue
    }
    if (!isLocalizedText(fields, key) || !value || typeof value !== 'object') {
      out[key] = value
      continue
    }
    const operators = Object.entries(value as Record<string, unknown>)
    const searching = operators.filter(([operator]) => TEXT_SEARCH_OPERATORS.has(operator))
    const rest = operators.filter(([operator]) => !TEXT_SEARCH_OPERATORS.has(operator))
    if (rest.length) out[key] = Object.fromEntries(rest)
    for (const [operator, operand] of searching) {
      extra.push({
        or: [
          { [`${key}.${locale}`]: { [operator]: operand } },
          {
            and: [
              { [`${key}.${locale}`]: { exists: false } },
              { [`${key}.${fallback}`]: { [operator]: operand } },
            ],
          },
        ],
      })
    }
  }
  return extra.length ? { and: [out, ...extra] } : out
}

/**
 * Text search on localized fields follows the locale's fallback, as reads do: a Thai page that
 * shows the English title (no Thai title yet) is found by a `like` on that English title.
 */
export const fallbackLike: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  if (operation !== 'read' && operation !== 'count') return args
  const { req, where } = args as { req?: { locale?: string; fallbackLocale?: unknown }; where?: Where }
  const locale = req?.locale
  const fallback = fallbackOf(req?.fallbackLocale)
  if (!where || !locale || locale === 'all' || !fallback || fallback === locale) return args
  return { ...args, where: rewrite(where, collection.flattenedFields, locale, fallback) }
}
