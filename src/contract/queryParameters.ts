/**
 * Query parameters Payload's own REST read handlers understand (parseParams in
 * payload/dist/utilities/parseParams, the locale handling in createPayloadRequest). Anything else
 * on a REST read is refused with a 400 naming it (src/plugins/restQueryRules).
 */
export const READ_QUERY_PARAMETERS = [
  'depth',
  'draft',
  'locale',
  'fallback-locale',
  'fallbackLocale',
  'limit',
  'page',
  'sort',
  'where',
  'select',
  'populate',
  'joins',
  'pagination',
  'trash',
  'flattenLocales',
] as const

/** The largest page a REST or GraphQL list read may ask for. */
export const MAX_LIMIT = 100
