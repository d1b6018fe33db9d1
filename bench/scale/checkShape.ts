/**
 * The clones must read back through Payload exactly like documents Payload wrote: the same
 * shape (every key, every nested key, the type of every value) on the public REST read, on the
 * staff draft read and in the version history. Compared against the template the clone was
 * made from, which went live through the Local API and the workflow service.
 */
import type pg from 'pg'
import type { Payload } from 'payload'

type Shape = string | Shape[] | { [key: string]: Shape }

/** Keys and value types, not values; arrays by their first element and whether they are empty. */
export const shapeOf = (value: unknown): Shape => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])]
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((key) => [key, shapeOf((value as Record<string, unknown>)[key])]),
    )
  }
  return typeof value
}

/** Paths at which two shapes differ. */
const differences = (a: Shape, b: Shape, at = ''): string[] => {
  if (typeof a === 'string' || typeof b === 'string') return a === b ? [] : [`${at || '.'}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`]
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return [`${at}: array shape`]
    return a.length ? differences(a[0]!, b[0]!, `${at}[0]`) : []
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...keys].flatMap((key) =>
    key in a && key in b ? differences(a[key]!, b[key]!, `${at}.${key}`) : [`${at}.${key}: only in ${key in a ? 'clone' : 'template'}`],
  )
}

type RestGet = (path: string, token?: string) => Promise<{ status: number; body: unknown }>

/** Payload's real REST handler (the one `/api/[...slug]` serves), called with Request objects. */
const restClient = async (payload: Payload): Promise<RestGet> => {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const handler = REST_GET(payload.config)
  return async (path, token) => {
    const url = new URL(`/api${path}`, 'http://localhost:3000')
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await handler(new Request(url, { headers: token ? { Authorization: `JWT ${token}` } : {} }), {
      params: Promise.resolve({ slug }),
    })
    return { status: response.status, body: await response.json() }
  }
}

const expectSame = (what: string, clone: unknown, template: unknown) => {
  const found = differences(shapeOf(clone), shapeOf(template))
  if (found.length) throw new Error(`clone and template differ in shape (${what}):\n${found.join('\n')}`)
}

/**
 * Reads one clone of each kind (a plain live article, and one with a draft in review) and its
 * template through REST as the public and as staff, and the version histories through the Local
 * API; throws on any difference in shape. Values that must differ (id, title, slug) are checked
 * to differ.
 */
export const checkCloneShape = async (payload: Payload, db: pg.Client, staff: { email: string; password: string }) => {
  const get = await restClient(payload)
  const { token } = await payload.login({ collection: 'users', data: staff })
  const { rows } = await db.query(`SELECT DISTINCT ON (old_id) old_id, new_id FROM bench_clone_map ORDER BY old_id, k`)
  for (const { old_id: templateId, new_id: cloneId } of rows as { old_id: number; new_id: number }[]) {
    for (const [what, query, auth] of [
      ['public, depth 1', '?depth=1', undefined],
      ['public, depth 0, th', '?depth=0&locale=th', undefined],
      ['staff draft, depth 1', '?depth=1&draft=true', token],
    ] as const) {
      const clone = await get(`/articles/${cloneId}${query}`, auth)
      const template = await get(`/articles/${templateId}${query}`, auth)
      if (clone.status !== 200 || template.status !== 200) {
        throw new Error(`GET /api/articles/${cloneId}${query}: ${clone.status}, template ${template.status}`)
      }
      expectSame(`${what}, article ${cloneId} from ${templateId}`, clone.body, template.body)
      const c = clone.body as { id: number; slug: string }
      const t = template.body as { id: number; slug: string }
      if (c.id === t.id || c.slug === t.slug) throw new Error(`clone ${cloneId} kept its template's id or slug`)
    }
    const versionsOf = (id: number) =>
      payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, sort: 'createdAt', limit: 0, depth: 0 })
    const [cloneVersions, templateVersions] = await Promise.all([versionsOf(cloneId), versionsOf(templateId)])
    if (cloneVersions.totalDocs !== templateVersions.totalDocs) {
      throw new Error(`clone ${cloneId} has ${cloneVersions.totalDocs} versions, template ${templateVersions.totalDocs}`)
    }
    cloneVersions.docs.forEach((version, n) => expectSame(`version ${n} of ${cloneId}`, version, templateVersions.docs[n]))
  }
  console.log(`clone shape: ${rows.length} clones read through REST (public en/th, staff draft) and their versions match their templates`)
}
