import { createHash } from 'node:crypto'

import { NO_STORE } from './cachePolicy'
import { applyCors } from './cors'

/** Queries known by hash in this process; a client that meets an unknown hash sends the text once. */
const MAX_QUERIES = 2_000
const QUERY_MAX_CHARS = 20_000
const KNOWN_KEY = Symbol.for('relief.delivery.persistedQueries')

const known = (): Map<string, string> => {
  const holder = globalThis as unknown as Record<symbol, Map<string, string> | undefined>
  holder[KNOWN_KEY] ??= new Map()
  return holder[KNOWN_KEY]
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

const graphqlError = (status: number, message: string, code: string) =>
  Response.json({ errors: [{ message, extensions: { code } }] }, { status, headers: { 'Cache-Control': NO_STORE } })

type Handler = (request: Request) => Promise<Response>

/**
 * Automatic persisted queries (the Apollo protocol) for GraphQL by GET:
 * `?extensions={"persistedQuery":{"version":1,"sha256Hash":"<hex>"}}&variables=…`. An unknown
 * hash answers `PersistedQueryNotFound`; the client then sends the same GET with `query` added,
 * which is checked against the hash and remembered. The request is handed on with `query` in
 * its URL, so it is cached and tagged exactly like a plain GET query. Each instance learns
 * hashes on its own (a client retries with the text when one does not know it yet).
 */
export const withPersistedQueries =
  (handler: Handler): Handler =>
  (request) =>
    resolvePersisted(request, handler)

const withCors = (request: Request, response: Response) => {
  applyCors(request, response.headers)
  return response
}

const resolvePersisted = async (request: Request, handler: Handler): Promise<Response> => {
  const refuse = (status: number, message: string, code: string) =>
    withCors(request, graphqlError(status, message, code))
  if (request.method !== 'GET') return handler(request)
  const url = new URL(request.url)
  const extensions = url.searchParams.get('extensions')
  if (extensions === null) return handler(request)
  let hash: unknown
  try {
    const parsed = JSON.parse(extensions) as {
      persistedQuery?: { version?: unknown; sha256Hash?: unknown }
    }
    if (!parsed?.persistedQuery) return handler(request)
    if (parsed.persistedQuery.version !== 1) {
      return refuse(400, 'extensions.persistedQuery.version must be 1.', 'BAD_REQUEST')
    }
    hash = parsed.persistedQuery.sha256Hash
  } catch {
    return refuse(400, 'extensions must be JSON.', 'BAD_REQUEST')
  }
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
    return refuse(400, 'extensions.persistedQuery.sha256Hash must be 64 lowercase hex digits.', 'BAD_REQUEST')
  }
  const queries = known()
  const text = url.searchParams.get('query')
  if (text !== null) {
    if (text.length > QUERY_MAX_CHARS) return refuse(400, 'query is too long to persist.', 'BAD_REQUEST')
    if (sha256(text) !== hash) {
      return refuse(400, 'provided sha does not match query', 'PERSISTED_QUERY_HASH_MISMATCH')
    }
    if (!queries.has(hash)) {
      if (queries.size >= MAX_QUERIES) queries.delete(queries.keys().next().value as string)
      queries.set(hash, text)
    }
  }
  const query = text ?? queries.get(hash)
  if (query === undefined) return refuse(200, 'PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND')
  url.searchParams.delete('extensions')
  url.searchParams.set('query', query)
  return handler(new Request(url, { method: 'GET', headers: request.headers }))
}
