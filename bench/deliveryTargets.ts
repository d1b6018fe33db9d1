/**
 * The two reference servers of bench/delivery.bench.ts, each in a process of its own:
 *   tsx bench/deliveryTargets.ts bare <port> <databaseUrl>    node:http + pg, same rows
 *   tsx bench/deliveryTargets.ts static <port> <bodies.json>  Relief's own answers from Buffers
 */
import fs from 'node:fs'
import http from 'node:http'
import pg from 'pg'

const [mode, portArg, source] = process.argv.slice(2)
const port = Number(portArg)

const serveStatic = () => {
  const bodies = JSON.parse(fs.readFileSync(source!, 'utf8')) as Record<string, string>
  const buffers = new Map(Object.entries(bodies).map(([url, body]) => [url, Buffer.from(body)]))
  http
    .createServer((req, res) => {
      const body = buffers.get(req.url ?? '')
      if (!body) return res.writeHead(404).end()
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.byteLength })
      res.end(body)
    })
    .listen(port, '127.0.0.1', () => process.send?.('ready'))
}

const serveBare = () => {
  const pool = new pg.Pool({ connectionString: source, max: 10 })
  const columns = `a.id, a.slug, l.title, l.excerpt, l.body, a.author_id AS author, a.published_at AS "publishedAt",
    a.updated_at AS "updatedAt", a.created_at AS "createdAt", a._status`
  const from = `FROM articles a JOIN articles_locales l ON l._parent_id = a.id AND l._locale = 'en'`
  const send = (res: http.ServerResponse, status: number, value: unknown) => {
    const body = Buffer.from(JSON.stringify(value))
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': body.byteLength })
    res.end(body)
  }
  http
    .createServer(async (req, res) => {
      try {
        const url = new URL(req.url ?? '/', 'http://localhost')
        const byId = /^\/api\/articles\/(\d+)$/.exec(url.pathname)
        if (byId) {
          const { rows } = await pool.query(`SELECT ${columns} ${from} WHERE a.id = $1 AND a._status = 'published'`, [byId[1]])
          return rows[0] ? send(res, 200, rows[0]) : send(res, 404, { errors: [{ message: 'Not Found' }] })
        }
        if (url.pathname === '/api/articles') {
          const slug = url.searchParams.get('where[slug][equals]')
          const limit = Number(url.searchParams.get('limit') ?? 10)
          const where = slug ? `AND a.slug = $2` : ''
          const params = slug ? [limit, slug] : [limit]
          const [{ rows }, count] = await Promise.all([
            pool.query(`SELECT ${columns} ${from} WHERE a._status = 'published' ${where} ORDER BY a.created_at DESC LIMIT $1`, params),
            pool.query(`SELECT count(*)::int AS n FROM articles a WHERE a._status = 'published' ${slug ? 'AND a.slug = $1' : ''}`, slug ? [slug] : []),
          ])
          const totalDocs = count.rows[0].n as number
          return send(res, 200, { docs: rows, totalDocs, limit, page: 1, totalPages: Math.ceil(totalDocs / limit), hasNextPage: totalDocs > limit })
        }
        if (url.pathname === '/api/graphql') {
          const slug = (JSON.parse(url.searchParams.get('variables') ?? '{}') as { slug?: string }).slug
          const { rows } = await pool.query(
            `SELECT a.id, l.title, a.slug, l.excerpt, a.updated_at AS "updatedAt" ${from} WHERE a._status = 'published' AND a.slug = $1`,
            [slug],
          )
          return send(res, 200, { data: { Articles: { docs: rows } } })
        }
        send(res, 404, { errors: [{ message: 'Not Found' }] })
      } catch (error) {
        send(res, 500, { errors: [{ message: String(error) }] })
      }
    })
    .listen(port, '127.0.0.1', () => process.send?.('ready'))
}

if (mode === 'static') serveStatic()
else if (mode === 'bare') serveBare()
else throw new Error(`unknown mode ${mode}`)
