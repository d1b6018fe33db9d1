import type {
  CollectionBeforeOperationHook,
  GlobalBeforeOperationHook,
  PayloadRequest,
  Plugin,
} from 'payload'

import { checkReadQuery } from './checkReadQuery'
import { listLimitRule } from './listLimitRule'

/**
 * Built-in read routes of a collection: the list, one document, count, versions. The GET
 * endpoints plugins add (`/review-comments/threads`) take their own parameters.
 */
const isCollectionReadPath = (req: PayloadRequest, slug: string, customGets: ReadonlySet<string>) => {
  const base = `${req.payload.config.routes.api}/${slug}`
  const pathname = req.pathname ?? ''
  if (pathname === base) return true
  if (!pathname.startsWith(`${base}/`)) return false
  const rest = pathname.slice(base.length + 1).split('/')
  if (customGets.has(`/${rest.join('/')}`)) return false
  return rest.length === 1 || (rest.length === 2 && rest[0] === 'versions')
}

const isRestGet = (req: PayloadRequest) => req.payloadAPI === 'REST' && req.method === 'GET' && Boolean(req.searchParams)

/** Checks the client's query once per request and names the locale the answer uses. */
const applyRules = (req: PayloadRequest) => {
  const localization = req.payload.config.localization
  const localeCodes = localization ? localization.localeCodes : []
  checkReadQuery(req.searchParams, localeCodes)
  if (localization && req.locale && req.locale !== 'all') {
    req.responseHeaders ??= new Headers()
    req.responseHeaders.set('Content-Language', req.locale)
  }
}

const collectionHook =
  (customGets: ReadonlySet<string>): CollectionBeforeOperationHook =>
  ({ args, collection, req }) => {
    // Nested reads (populating relations) share the request and see the same query: one check.
    if (isRestGet(req) && isCollectionReadPath(req, collection.slug, customGets)) applyRules(req)
    return args
  }

const globalHook: GlobalBeforeOperationHook = ({ args, global, req }) => {
  if (isRestGet(req) && req.pathname === `${req.payload.config.routes.api}/globals/${global.slug}`) applyRules(req)
  return args
}

/**
 * REST reads refuse what Payload would quietly ignore or answer too generously: unknown query
 * parameters, unknown locales, `limit` outside 1–100 (0 meant "everything"), `pagination=false`;
 * GraphQL list queries take the same limit. Every REST read says its locale (Content-Language).
 */
export const restQueryRules = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        // The config's own endpoints, before Payload adds its built-in ones (count, versions…).
        collectionHook(
          new Set(
            (collection.endpoints || [])
              .filter((endpoint) => endpoint.method === 'get' && !endpoint.path.includes(':'))
              .map((endpoint) => endpoint.path),
          ),
        ),
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  })),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: { ...global.hooks, beforeOperation: [globalHook, ...(global.hooks?.beforeOperation ?? [])] },
  })),
  graphQL: {
    ...config.graphQL,
    validationRules: (args) => [...(config.graphQL?.validationRules?.(args) ?? []), listLimitRule(args)],
  },
})
