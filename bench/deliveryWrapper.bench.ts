/**
 * What the delivery wrapper (src/delivery/withDelivery.ts) adds to an uncached anonymous read,
 * measured in one process on one Payload, without HTTP or Next (issue 10, "uncached reads ≥ stock
 * Payload's ratio to bare"):
 *
 *   npx tsx --conditions=production bench/deliveryWrapper.bench.ts [--requests 600] [--only GraphQL]
 *
 * For each read of bench/delivery.bench.ts (list(10), by id, by slug, GraphQL by slug), and GraphQL
 * by id and by slug with the article's rich text body (`--only` keeps the reads whose name contains
 * it), it calls
 * Payload's own route handler (what DELIVERY_STOCK_ROUTES=1 serves) and the same handler wrapped
 * by withDelivery (DELIVERY_CACHE=off), in pairs (each pair in a random order), and reports the
 * mean wall time of each and the mean paired difference with its standard error. Then it times each step of the wrapper alone on the real answers:
 * parsing the body, the ETag hash, the Surrogate-Key walk.
 *
 * GraphQL runs through withRequestErrorStatus on both sides, as the route composes it.
 *
 * A second table times the wrapper alone, without Payload's database and CPU noise: Payload's
 * recorded answer to each read is replayed as the route builds it, and the replay is timed bare
 * and wrapped by withDelivery, in pairs (`--replays`, default 3000). REST: the read endpoint as
 * src/delivery/restReads wraps it at init, answering the recorded result (bare: Payload's own
 * `Response.json`; wrapped: the tracked read serialises it itself and hands over bytes and keys),
 * its stream put in a new Response as Payload's handleEndpoints does. GraphQL: the recorded result
 * goes through `payload.extensions` as Payload's handler passes it (src/delivery/graphqlResults.ts
 * keeps it for a tracked read), then withRequestErrorStatus's answer round the recorded bytes. Its
 * difference is what the wrapper costs.
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { PayloadRequest } from 'payload'
import pg from 'pg'

import { startThrowawayServer, withDatabase } from '../tests/helpers/throwawayDatabase'
import { TSX_FLAGS } from '../src/lib/tsxArgs'

const run = promisify(execFile)
const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback)
}
const requests = Number(arg('requests', '600'))
const replays = Number(arg('replays', '3000'))
const only = arg('only', '')
const DATABASE = 'relief_delivery_wrapper'
const GRAPHQL_BY_SLUG = 'query($slug:String){Articles(where:{slug:{equals:$slug}}){docs{id title slug excerpt updatedAt}}}'
const GRAPHQL_BY_ID = 'query($id:Int!){Article(id:$id){id title slug excerpt updatedAt}}'
const GRAPHQL_BY_SLUG_WITH_BODY = 'query($slug:String){Articles(where:{slug:{equals:$slug}}){docs{id title slug excerpt updatedAt body}}}'
const graphqlPath = (query: string, variables: Record<string, unknown>) =>
  `/api/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`

type Handler = (request: Request, ...args: any[]) => Promise<Response>

const server = await startThrowawayServer()
try {
  const admin = new pg.Client({ connectionString: server.serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${DATABASE}`)
  await admin.end()
  const databaseUrl = withDatabase(server.serverUrl, DATABASE)
  Object.assign(process.env, { DATABASE_URL: databaseUrl, DELIVERY_CACHE: 'off', RATE_LIMIT_MULTIPLIER: '100000' })
  // The demo seed refuses production; the reads below run as production does.
  await run(path.resolve('node_modules/.bin/tsx'), [...TSX_FLAGS, 'src/bin/prepare.ts', '--seed'], {
    env: { ...process.env, NODE_ENV: 'test', PAYLOAD_SECRET: 'relief-bench-secret' },
  })
  Object.assign(process.env, { NODE_ENV: 'production', PAYLOAD_SECRET: randomBytes(32).toString('hex') })

  const { getPayload } = await import('payload')
  const { REST_GET, GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../payload.config')
  const { withDelivery } = await import('../src/delivery/withDelivery')
  const { strongEtag } = await import('../src/delivery/etag')
  const { collectRestKeys } = await import('../src/delivery/restSurrogateKeys')
  const { collectGraphqlKeys } = await import('../src/delivery/graphqlSurrogateKeys')
  const payload = await getPayload({ config })

  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  const { rows } = await db.query(`SELECT id, slug FROM articles WHERE _status = 'published' AND slug IS NOT NULL ORDER BY id LIMIT 1`)
  await db.end()
  const { id, slug } = rows[0] as { id: number; slug: string }

  const rest = REST_GET(payload.config) as Handler
  // As src/app/(payload)/api/graphql/route.ts composes it (both sides), without the rate limit.
  const { withRequestErrorStatus } = await import('../src/graphql/withRequestErrorStatus')
  const graphql = withRequestErrorStatus(GRAPHQL_POST(payload.config) as (request: Request) => Promise<Response>) as Handler
  const allTargets = {
    'list(10)': { path: '/api/articles?limit=10&depth=0', handler: rest },
    'by id': { path: `/api/articles/${id}?depth=0`, handler: rest },
    'by slug': { path: `/api/articles?where[slug][equals]=${encodeURIComponent(slug)}&depth=0`, handler: rest },
    'GraphQL by slug': { path: graphqlPath(GRAPHQL_BY_SLUG, { slug }), handler: graphql },
    'GraphQL by id': { path: graphqlPath(GRAPHQL_BY_ID, { id }), handler: graphql },
    'GraphQL by slug with body': { path: graphqlPath(GRAPHQL_BY_SLUG_WITH_BODY, { slug }), handler: graphql },
  }
  const targets = Object.fromEntries(Object.entries(allTargets).filter(([name]) => name.includes(only)))

  const call = async (handler: Handler, target: string) => {
    const url = new URL(target, 'http://localhost:3000')
    const segments = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await handler(new Request(url), { params: Promise.resolve({ slug: segments }) })
    if (response.status !== 200) throw new Error(`${target}: ${response.status}`)
    return new Uint8Array(await response.arrayBuffer())
  }
  const timed = async (handler: Handler, target: string) => {
    const start = process.hrtime.bigint()
    await call(handler, target)
    return Number(process.hrtime.bigint() - start) / 1e6
  }
  const timeSync = (fn: () => unknown, times = 2000) => {
    for (let n = 0; n < 200; n += 1) fn()
    const start = process.hrtime.bigint()
    for (let n = 0; n < times; n += 1) fn()
    return Number(process.hrtime.bigint() - start) / 1e6 / times
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  /** Mean, its standard error and the median of paired differences (ours − stock). */
  const paired = async (stockCall: () => Promise<unknown>, oursCall: () => Promise<unknown>, pairs: number) => {
    const time = async (fn: () => Promise<unknown>) => {
      const start = process.hrtime.bigint()
      await fn()
      return Number(process.hrtime.bigint() - start) / 1e6
    }
    const stock: number[] = []
    const ours: number[] = []
    for (let n = 0; n < pairs; n += 1) {
      if (Math.random() < 0.5) {
        stock.push(await time(stockCall))
        ours.push(await time(oursCall))
      } else {
        ours.push(await time(oursCall))
        stock.push(await time(stockCall))
      }
    }
    const differences = ours.map((value, n) => value - stock[n]!)
    const meanDifference = mean(differences)
    const spread = Math.sqrt(differences.reduce((sum, d) => sum + (d - meanDifference) ** 2, 0) / (differences.length - 1))
    return { stock, ours, meanDifference, standardError: spread / Math.sqrt(differences.length), medianDifference: median(differences) }
  }
  const recorded: Record<string, { status: number; headers: [string, string][]; bytes: Uint8Array }> = {}

  console.log(`\n${requests} pairs per read, each pair in a random order; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`)
  console.log('\n| read | stock handler ms | withDelivery ms | difference ms (± standard error) | median difference ms | wrapped ÷ stock | body bytes | parse ms | ETag ms | Surrogate-Key ms |')
  console.log('|---|---|---|---|---|---|---|---|---|---|')
  for (const [name, { path: target, handler }] of Object.entries(targets)) {
    const wrapped = withDelivery(handler, payload.config) as Handler
    for (let n = 0; n < 50; n += 1) {
      await call(handler, target)
      await call(wrapped, target)
    }
    // Paired: each pair runs both, in a random order, so load from elsewhere falls on both alike.
    const stock: number[] = []
    const ours: number[] = []
    for (let n = 0; n < requests; n += 1) {
      if (Math.random() < 0.5) {
        stock.push(await timed(handler, target))
        ours.push(await timed(wrapped, target))
      } else {
        ours.push(await timed(wrapped, target))
        stock.push(await timed(handler, target))
      }
    }
    const differences = ours.map((value, n) => value - stock[n]!)
    const meanDifference = mean(differences)
    const spread = Math.sqrt(differences.reduce((sum, d) => sum + (d - meanDifference) ** 2, 0) / (differences.length - 1))
    const standardError = spread / Math.sqrt(differences.length)
    const medianDifference = median(differences)
    {
      const url = new URL(target, 'http://localhost:3000')
      const answer = await handler(new Request(url), { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) })
      recorded[name] = { status: answer.status, headers: [...answer.headers.entries()], bytes: new Uint8Array(await answer.arrayBuffer()) }
    }
    const bytes = await call(handler, target)
    const body = JSON.parse(new TextDecoder().decode(bytes)) as { data?: unknown }
    const parseMs = timeSync(() => JSON.parse(new TextDecoder().decode(bytes)))
    const etagMs = timeSync(() => strongEtag(bytes))
    const schema = (globalThis as { _payload_graphql?: { graphql?: { schema?: any } } })._payload_graphql?.graphql?.schema
    const query = new URL(target, 'http://localhost:3000').searchParams.get('query')
    const keysMs = query
      ? timeSync(() => collectGraphqlKeys(payload.config, schema, query, undefined, body.data, bytes))
      : timeSync(() =>
          collectRestKeys(payload.config, name === 'by id' ? { kind: 'doc', collection: 'articles' } : { kind: 'list', collection: 'articles' }, body),
        )
    const a = mean(stock)
    const b = mean(ours)
    console.log(
      `| ${name} | ${a.toFixed(2)} | ${b.toFixed(2)} | ${meanDifference.toFixed(2)} ± ${standardError.toFixed(2)} | ${medianDifference.toFixed(3)} | ${(b / a).toFixed(3)} | ${bytes.byteLength} | ${parseMs.toFixed(3)} | ${etagMs.toFixed(3)} | ${keysMs.toFixed(3)} |`,
    )
  }

  console.log(`\nThe wrapper alone: Payload's recorded answers replayed, ${replays} pairs per read; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`)
  console.log('\n| read | replay µs (median) | withDelivery(replay) µs (median) | difference µs: mean ± standard error | difference µs: median |')
  console.log('|---|---|---|---|---|')
  const { responseWithKnownBody } = await import('../src/delivery/knownBody')
  const { deliveredReadEndpoint } = await import('../src/delivery/restReads/deliveredReadEndpoint')
  const { headersWithCors } = await import('payload')
  for (const [name, { path: target, handler }] of Object.entries(targets)) {
    const { status, headers, bytes } = recorded[name]!
    // As the routes answer: REST, Payload's body stream from an inner Response rewrapped with
    // headers; GraphQL, withRequestErrorStatus's Response round the bytes it read (knownBody).
    // REST: Payload's read endpoint, as wrapped at init (src/delivery/restReads), answering the
    // recorded result without the database: untracked (the stock side) it runs Payload's own
    // `Response.json`, tracked (inside withDelivery) it serialises the result itself.
    const recordedResult = JSON.parse(new TextDecoder().decode(bytes)) as unknown
    const isDoc = name === 'by id'
    const endpoint = deliveredReadEndpoint(
      (req) => Response.json(recordedResult, { headers: headersWithCors({ headers: new Headers(), req }), status: 200 }),
      isDoc ? 'doc' : 'list',
      async () => recordedResult,
    )
    const routeParams = isDoc ? { collection: 'articles', id: String(id) } : { collection: 'articles' }
    const replay: Handler =
      handler === graphql
        ? async (request: Request) => {
            // As Payload's GraphQL handler hands every operation's result to `payload.extensions`.
            const result =
              typeof payload.extensions === 'function'
                ? await payload.extensions({ args: { contextValue: { req: request } } as never, req: request as never, result: recordedResult as never })
                : recordedResult
            if (result !== recordedResult) throw new Error('payload.extensions must hand the result on unchanged')
            return responseWithKnownBody(bytes.slice(), { status, headers: new Headers(headers) })
          }
        : async (request: Request) => {
            const inner = await endpoint(Object.assign(request, { payload, routeParams }) as unknown as PayloadRequest)
            return new Response(inner.body, { status, headers: new Headers(headers) })
          }
    const wrapped = withDelivery(replay, payload.config) as Handler
    for (let n = 0; n < 300; n += 1) {
      await call(replay, target)
      await call(wrapped, target)
    }
    const result = await paired(() => call(replay, target), () => call(wrapped, target), replays)
    console.log(
      `| ${name} | ${(median(result.stock) * 1000).toFixed(0)} | ${(median(result.ours) * 1000).toFixed(0)} | ${(result.meanDifference * 1000).toFixed(0)} ± ${(result.standardError * 1000).toFixed(0)} | ${(result.medianDifference * 1000).toFixed(0)} |`,
    )
  }
  await payload.destroy()
} finally {
  await server.stop()
}
process.exit(0)
