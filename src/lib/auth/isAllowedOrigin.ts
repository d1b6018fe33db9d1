import type { PayloadRequest } from 'payload'

import { serverUrl } from '@/lib/serverUrl'

const originOf = (url: string | undefined) => {
  if (!url) return undefined
  try {
    return new URL(url).origin
  } catch {
    return undefined
  }
}

/**
 * Whether a browser request's Origin may act on this server: its own origin, the configured
 * server URL, Payload's `csrf`/`cors` lists, or `CORS_ORIGINS` (comma-separated).
 */
export const isAllowedOrigin = (req: PayloadRequest, origin: string) => {
  const { config } = req.payload
  const cors = Array.isArray(config.cors) ? config.cors : []
  const listed = [
    originOf(req.url),
    originOf(config.serverURL),
    originOf(serverUrl()),
    ...(config.csrf ?? []).map(originOf),
    ...cors.map((entry) => originOf(String(entry))),
    ...(process.env.CORS_ORIGINS ?? '').split(',').map((entry) => originOf(entry.trim())),
  ]
  const wanted = originOf(origin)
  return wanted !== undefined && listed.includes(wanted)
}
