import { configToJSONSchema, type SanitizedConfig } from 'payload'

import { collectionEndpointDocs, customSchemas, rootEndpointDocs } from './customEndpoints'
import { MAX_LIMIT } from './queryParameters'

type Json = Record<string, any>

/** Payload's own bookkeeping collections are not part of the public contract. */
const isInternal = (slug: string) => slug.startsWith('payload-')

/** `/:id` → `/{id}`; an optional `/:id?` yields the path with and without it. */
const toOpenApiPaths = (path: string): string[] => {
  const optional = path.match(/\/:(\w+)\?$/)
  if (optional) {
    const base = path.slice(0, -optional[0].length)
    return [base || '/', `${base}/{${optional[1]}}`]
  }
  return [path.replace(/:(\w+)/g, '{$1}')]
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` })
const jsonBody = (schema: Json, description = 'OK') => ({ description, content: { 'application/json': { schema } } })
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { $ref: `#/components/responses/Error${code}` }]))

const READ_ONE = ['depth', 'locale', 'fallbackLocale', 'draft', 'select', 'populate', 'joins', 'trash'].map(param)
const READ_MANY = [...READ_ONE, ...['limit', 'page', 'sort', 'where', 'pagination'].map(param)]

/** What Payload's default handlers take and answer, by endpoint method and path. */
const defaultOperation = (method: string, path: string, schema: string, name: string): Json | undefined => {
  const doc = ref(schema)
  const changed = jsonBody({ type: 'object', properties: { doc, message: { type: 'string' } } })
  const bulk = jsonBody({ type: 'object', properties: { docs: { type: 'array', items: doc }, errors: { type: 'array' } } })
  switch (`${method} ${path}`) {
    case 'get /':
      return {
        summary: `List ${name}`,
        parameters: READ_MANY,
        responses: { '200': jsonBody(paginated(doc)), ...errors(400, 403) },
      }
    case 'get /:id':
      return {
        summary: `Read one ${name} document by id`,
        parameters: READ_ONE,
        responses: { '200': jsonBody(doc), ...errors(400, 403, 404) },
      }
    case 'get /count':
      return {
        summary: `Count ${name}`,
        parameters: [param('where'), param('locale'), param('trash')],
        responses: { '200': jsonBody({ type: 'object', properties: { totalDocs: { type: 'integer' } } }), ...errors(400, 403) },
      }
    case 'post /':
      return {
        summary: `Create a ${name} document (drafts only for content; see the workflow)`,
        parameters: [param('locale'), param('depth'), param('draft')],
        requestBody: { required: true, content: { 'application/json': { schema: doc } } },
        responses: { '201': changed, ...errors(400, 401, 403) },
      }
    case 'patch /:id':
      return {
        summary: `Update one ${name} document`,
        parameters: [param('locale'), param('depth'), param('draft')],
        requestBody: { required: true, content: { 'application/json': { schema: doc } } },
        responses: { '200': changed, ...errors(400, 401, 403, 404) },
      }
    case 'delete /:id':
      return { summary: `Delete one ${name} document`, responses: { '200': changed, ...errors(401, 403, 404) } }
    case 'patch /':
      return { summary: `Update every ${name} document matching where`, parameters: [param('where')], responses: { '200': bulk, ...errors(400, 401, 403) } }
    case 'delete /':
      return { summary: `Delete every ${name} document matching where`, parameters: [param('where')], responses: { '200': bulk, ...errors(400, 401, 403) } }
    case 'get /versions':
      return { summary: `List versions of ${name} (staff only)`, parameters: READ_MANY, responses: { '200': jsonBody(paginated({ type: 'object' })), ...errors(400, 401, 403) } }
    case 'get /versions/:id':
      return { summary: `Read one version of a ${name} document (staff only)`, parameters: READ_ONE, responses: { '200': jsonBody({ type: 'object' }), ...errors(401, 403, 404) } }
    case 'post /versions/:id':
      return { summary: `Restore a version of a ${name} document (staff only)`, responses: { '200': changed, ...errors(401, 403, 404) } }
    default:
      return undefined
  }
}

const paginated = (item: Json) => ({
  type: 'object',
  required: ['docs', 'totalDocs', 'limit', 'page', 'totalPages', 'hasNextPage', 'hasPrevPage'],
  properties: {
    docs: { type: 'array', items: item },
    totalDocs: { type: 'integer' },
    limit: { type: 'integer' },
    page: { type: 'integer' },
    totalPages: { type: 'integer' },
    pagingCounter: { type: 'integer' },
    hasNextPage: { type: 'boolean' },
    hasPrevPage: { type: 'boolean' },
    nextPage: { type: ['integer', 'null'] },
    prevPage: { type: ['integer', 'null'] },
  },
})

const parameters = (localeCodes: string[]): Json => ({
  depth: { name: 'depth', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 10 }, description: 'How deep relationships are populated (default 2)' },
  locale: {
    name: 'locale',
    in: 'query',
    schema: { type: 'string', enum: [...localeCodes, 'all'] },
    description: 'The locale to read or write. Any other value is a 400. The response header Content-Language names the locale used.',
  },
  fallbackLocale: {
    name: 'fallback-locale',
    in: 'query',
    schema: { type: 'string', enum: [...localeCodes, 'none'] },
    description: 'Where untranslated fields come from (default en). `none` answers null for untranslated fields, which shows what fell back.',
  },
  draft: { name: 'draft', in: 'query', schema: { type: 'boolean' }, description: 'Staff only: read the latest draft. Anonymous readers always get the live version.' },
  select: { name: 'select', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' }, description: 'Fields to include, e.g. select[title]=true' },
  populate: { name: 'populate', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' }, description: 'Fields of related documents to include, e.g. populate[therapists][name]=true' },
  joins: { name: 'joins', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' } },
  trash: { name: 'trash', in: 'query', schema: { type: 'boolean' } },
  limit: {
    name: 'limit',
    in: 'query',
    schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 10 },
    description: `Documents per page, 1 to ${MAX_LIMIT}; anything else (0 included) is a 400.`,
  },
  page: { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
  sort: { name: 'sort', in: 'query', schema: { type: 'string' }, description: 'A field name, `-` in front for descending' },
  where: {
    name: 'where',
    in: 'query',
    style: 'deepObject',
    explode: true,
    schema: { type: 'object' },
    description: 'Payload where query, e.g. where[slug][equals]=x. An operator a field type does not support is a 400 naming it.',
  },
  pagination: { name: 'pagination', in: 'query', schema: { type: 'boolean' }, description: 'pagination=false is refused (400): page through with limit and page' },
})

const errorResponses = (): Json => {
  const error = (description: string) => jsonBody(ref('Errors'), description)
  return {
    Error400: error('Bad input: the message and data name the parameter or field'),
    Error401: error('Not signed in'),
    Error403: error('Not allowed'),
    Error404: error('No such document (a non-numeric id included)'),
    Error409: error('Not allowed from the current workflow state (names the state and the allowed actions)'),
    Error413: error('Too large'),
    Error422: error('A workflow guard failed (lists every failed guard)'),
  }
}

/** JSON Schema 4 definitions as OpenAPI 3.1 component schemas (refs re-pointed). */
const componentSchemas = (config: SanitizedConfig): Json => {
  const jsonSchema = configToJSONSchema(config, 'number')
  const text = JSON.stringify(jsonSchema.definitions ?? {}).replaceAll('"#/definitions/', '"#/components/schemas/')
  return JSON.parse(text)
}

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Json)[key])]))
}

/**
 * The OpenAPI 3.1 description of the REST API, built from the sanitized config: every
 * collection's and global's routes as Payload serves them, our custom endpoints (found in the
 * config, so merged branches show up on the next run) and the delivery endpoints of the design.
 */
export const buildOpenApi = (config: SanitizedConfig): Json => {
  const api = config.routes.api
  const localeCodes = config.localization ? config.localization.localeCodes : []
  const paths: Json = {}
  const add = (path: string, method: string, operation: Json) => {
    paths[path] ??= {}
    paths[path][method] = operation
  }

  for (const collection of config.collections) {
    if (isInternal(collection.slug)) continue
    const custom = collectionEndpointDocs(collection.slug)
    for (const endpoint of collection.endpoints || []) {
      const docs = defaultOperation(endpoint.method, endpoint.path, collection.slug, collection.slug) ??
        custom[`${endpoint.method} ${endpoint.path}`] ?? { summary: `${endpoint.method.toUpperCase()} ${endpoint.path} (Payload)` }
      for (const path of toOpenApiPaths(endpoint.path)) {
        const full = `${api}/${collection.slug}${path === '/' ? '' : path}`
        const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }))
        add(full, endpoint.method, {
          tags: [collection.slug],
          operationId: `${endpoint.method}_${collection.slug}${path}`.replace(/[^A-Za-z0-9_]+/g, '_').replace(/_+$/, ''),
          ...docs,
          parameters: [...pathParams, ...((docs.parameters as Json[]) ?? [])],
        })
      }
    }
  }

  for (const global of config.globals) {
    if (isInternal(global.slug)) continue
    add(`${api}/globals/${global.slug}`, 'get', {
      tags: ['globals'],
      operationId: `get_globals_${global.slug}`.replace(/-/g, '_'),
      summary: `Read the ${global.slug} global`,
      parameters: [param('depth'), param('locale'), param('fallbackLocale'), param('draft'), param('select')],
      responses: { '200': jsonBody(ref(global.slug)), ...errors(400, 403) },
    })
    add(`${api}/globals/${global.slug}`, 'post', {
      tags: ['globals'],
      operationId: `post_globals_${global.slug}`.replace(/-/g, '_'),
      summary: `Update the ${global.slug} global (admin only)`,
      requestBody: { required: true, content: { 'application/json': { schema: ref(global.slug) } } },
      responses: { '200': jsonBody({ type: 'object', properties: { result: ref(global.slug), message: { type: 'string' } } }), ...errors(400, 401, 403) },
    })
  }

  const rootKeys = new Set([
    ...(config.endpoints || []).filter((e) => !e.path.startsWith('/plugin-')).map((e) => `${e.method} ${e.path}`),
    ...Object.keys(rootEndpointDocs),
  ])
  for (const key of rootKeys) {
    const [method, path] = key.split(' ') as [string, string]
    const docs = rootEndpointDocs[key] ?? { tags: ['other'], summary: `${method.toUpperCase()} ${path}` }
    for (const openApiPath of toOpenApiPaths(path)) {
      add(`${api}${openApiPath}`, method, {
        operationId: `${method}${openApiPath}`.replace(/[^A-Za-z0-9_]+/g, '_').replace(/_+$/, ''),
        ...docs,
      })
    }
  }

  return sortKeys({
    openapi: '3.1.0',
    info: {
      title: 'Relief CMS API',
      version: '1',
      description:
        'REST API of Relief CMS (Payload 3). Anonymous reads return live content only. Errors are ' +
        '`{ "errors": [{ "name", "message", "data"? }] }` with stable names. Generated by `npm run generate:contract`; do not edit.',
    },
    servers: [{ url: '/' }],
    security: [{}, { jwt: [] }],
    paths,
    components: {
      securitySchemes: { jwt: { type: 'apiKey', in: 'header', name: 'Authorization', description: '`JWT <token>` from POST /api/users/login' } },
      parameters: parameters(localeCodes),
      responses: errorResponses(),
      schemas: {
        ...componentSchemas(config),
        ...customSchemas,
        Errors: {
          type: 'object',
          required: ['errors'],
          properties: {
            errors: {
              type: 'array',
              items: {
                type: 'object',
                required: ['message'],
                properties: { name: { type: 'string' }, message: { type: 'string' }, data: { type: 'object' } },
              },
            },
          },
        },
      },
    },
  }) as Json
}
