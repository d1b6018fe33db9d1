import { AUTHORIZATION_PREFIX } from './slug'

const SCHEME = AUTHORIZATION_PREFIX.trim()

/**
 * The machine key a request presents ('' for the scheme with no key, which HTTP header
 * normalisation leaves as the bare scheme), or undefined when it presents none.
 */
export const keyFromHeaders = (headers: Headers): string | undefined => {
  const header = headers.get('Authorization')?.trim()
  if (!header) return undefined
  if (header === SCHEME) return ''
  if (!header.startsWith(AUTHORIZATION_PREFIX)) return undefined
  return header.slice(AUTHORIZATION_PREFIX.length).trim()
}
