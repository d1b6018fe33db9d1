import { AUTHORIZATION_PREFIX } from './slug'

/** The machine key a request presents, or undefined when it presents none. */
export const keyFromHeaders = (headers: Headers): string | undefined => {
  const header = headers.get('Authorization')
  if (!header?.startsWith(AUTHORIZATION_PREFIX)) return undefined
  return header.slice(AUTHORIZATION_PREFIX.length).trim()
}
