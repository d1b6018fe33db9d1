import {
  APIError,
  findByIDOperation,
  findOneOperation,
  findOperation,
  parseParams,
  type PayloadRequest,
  sanitizePopulateParam,
  sanitizeSelectParam,
} from 'payload'
import { isNumber } from 'payload/shared'

/*
 * The operation calls of Payload 3.90's own REST read handlers (payload/dist/collections/endpoints/
 * find.js and findByID.js, globals/endpoints/findOne.js), argument for argument, so a tracked read
 * answers what Payload's handler would. Re-check them on a Payload upgrade.
 */

const requestCollection = (req: PayloadRequest) => {
  const slug = req.routeParams?.collection
  if (typeof slug !== 'string') throw new APIError('No collection was specified', 400)
  const collection = (req.payload.collections as Record<string, (typeof req.payload.collections)[keyof typeof req.payload.collections] | undefined>)[slug]
  if (!collection) throw new APIError(`Collection with the slug ${slug} was not found`, 404)
  return collection
}

/** getRequestCollectionWithID: a numeric id is parsed unless the collection's id is text. */
const requestId = (req: PayloadRequest, customIDType: string | undefined) => {
  const id = req.routeParams?.id
  if (typeof id !== 'string') throw new APIError('ID was not specified', 400)
  return req.payload.db.defaultIDType === 'number' && customIDType !== 'text' ? parseFloat(id) : id
}

export const findRead = (req: PayloadRequest) => {
  const collection = requestCollection(req)
  const { depth, draft, joins, limit, page, pagination, populate, select, sort, trash, where } = parseParams(req.query)
  return findOperation({ collection, depth, draft, joins, limit, page, pagination, populate, req, select, sort, trash, where })
}

export const findByIDRead = (req: PayloadRequest) => {
  const { data: dataArg } = req
  const collection = requestCollection(req)
  const id = requestId(req, collection.customIDType)
  const { data, depth, draft, flattenLocales, joins, populate, select, trash } = parseParams({
    ...req.query,
    ...(dataArg as Record<string, unknown> | undefined),
  })
  return findByIDOperation({ id, collection, data, depth, draft, flattenLocales, joins, populate, req, select, trash })
}

export const findOneRead = (req: PayloadRequest) => {
  const slug = req.routeParams?.global
  if (typeof slug !== 'string') throw new APIError('No global was specified', 400)
  const globalConfig = req.payload.globals.config.find((each) => each.slug === slug)
  if (!globalConfig) throw new APIError(`Global with the slug ${slug} was not found`, 404)
  const { data, searchParams } = req as PayloadRequest & { data?: Record<string, any>; searchParams: URLSearchParams }
  const depth = data ? data.depth : searchParams.get('depth')
  const flattenLocales = data
    ? data.flattenLocales
    : searchParams.has('flattenLocales')
      ? searchParams.get('flattenLocales') === 'true'
      : undefined
  return findOneOperation({
    slug: globalConfig.slug,
    data: data ? data?.data : searchParams.get('data') ? JSON.parse(searchParams.get('data')!) : undefined,
    depth: isNumber(depth) ? Number(depth) : undefined,
    draft: data ? data.draft : searchParams.get('draft') === 'true',
    flattenLocales,
    globalConfig,
    populate: sanitizePopulateParam(req.query.populate),
    req,
    select: sanitizeSelectParam(req.query.select),
  })
}
