import { createHmac } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Received = { headers: http.IncomingHttpHeaders; body: string; at: number }
type Reply = { status: number; headers?: Record<string, string>; delayMs?: number } | 'hang'

/**
 * A real HTTP server on loopback that records every request and answers from a script of
 * replies (200 once the script runs out), for webhooks to deliver to.
 */
export const startReceiver = async () => {
  const received: Received[] = []
  const script: Reply[] = []
  const hanging = new Set<http.ServerResponse>()
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() })
      const reply = script.shift() ?? { status: 200 }
      if (reply === 'hang') {
        hanging.add(response)
        return
      }
      setTimeout(() => {
        response.writeHead(reply.status, { 'Content-Type': 'text/plain', ...reply.headers })
        response.end('ok')
      }, reply.delayMs ?? 0)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    received,
    /** Replies for the next requests, in order. */
    reply: (...replies: Reply[]) => script.push(...replies),
    close: async () => {
      for (const response of hanging) response.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>

/** Verifies `X-Relief-Signature` as a receiver would: recompute the HMAC of "t.body" and compare. */
export const verifySignature = (header: string | string[] | undefined, body: string, secret: string) => {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(header))
  if (!match) return { isValid: false, t: undefined }
  const [, t, v1] = match
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')
  return { isValid: expected === v1, t: Number(t) }
}
