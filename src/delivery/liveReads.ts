import { type CollectionConfig, NotFound, type Where } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>
type Args = Record<string, unknown> & { overrideAccess?: boolean; draft?: boolean; where?: Where }

const LIVE: Where = { _status: { equals: 'published' } }

/** `count` has no `draft` argument: a REST caller asks for drafts with `?draft=true`. */
const isDraftQuery = (query: unknown) => {
  const draft = (query as { draft?: unknown } | undefined)?.draft
  return draft === true || draft === 'true'
}

/**
 * A signed-in read without `draft: true` gets live (published) documents only, like the
 * public: access lets staff see draft rows, and without this a machine reading with a staff
 * token would publish drafts. The admin panel asks for drafts explicitly (`draft: true`).
 * Server code reading with `overrideAccess` is not affected.
 */
export const liveUnlessDraftRequested: NonNullable<Hooks['beforeOperation']>[number] = ({ args, operation, req }) => {
  const a = args as Args
  if (!req.user || a.overrideAccess === true) return args
  if (operation === 'count' && !isDraftQuery(req.query)) return { ...a, where: a.where ? { and: [a.where, LIVE] } : LIVE } as typeof args
  // `read` also covers findVersions/findVersionByID, which never carry a `draft` key (and
  // are staff-only anyway). findByID (it has an `id`) cannot take a where: its result is
  // checked after the read.
  if (operation !== 'read' || !('draft' in a) || a.draft === true || 'id' in a) return args
  return { ...a, where: a.where ? { and: [a.where, LIVE] } : LIVE } as typeof args
}

export const hideDraftRowFromLiveRead: NonNullable<Hooks['afterOperation']>[number] = async ({
  args,
  collection,
  operation,
  req,
  result,
}) => {
  const a = args as Args & { id?: number | string; disableErrors?: boolean }
  if (operation !== 'findByID' || !result || !req.user || a.overrideAccess === true || a.draft === true) return result
  const status = (result as { _status?: string })._status
  // A `select` may leave `_status` out; then ask the live row itself.
  const isLive =
    status !== undefined
      ? status === 'published'
      : (await req.payload.count({ collection: collection.slug, where: { and: [{ id: { equals: a.id } }, LIVE] }, req }))
          .totalDocs > 0
  if (isLive) return result
  if (a.disableErrors) return null as unknown as typeof result
  throw new NotFound(req.t)
}
