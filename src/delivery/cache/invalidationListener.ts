import pg from 'pg'

import { decodeTags, INVALIDATION_CHANNEL } from './channel'
import type { ResponseCache } from './responseCache'

type Logger = {
  warn: (message: string) => void
  info?: (message: string) => void
}

const MIN_RETRY_MS = 100
const MAX_RETRY_MS = 5_000
/** A LISTEN connection that stops answering (no RST on a dead network) is given up on within this. */
const HEARTBEAT_MS = 400

export type InvalidationListener = {
  stop: () => Promise<void>
  isListening: () => boolean
}

/**
 * One dedicated connection (not from the pool, which recycles clients and would drop the
 * LISTEN) that purges the cache on every notification. While it is down the cache neither
 * serves nor stores, and on (re)connecting it is cleared: notifications sent meanwhile are
 * lost, so nothing cached before may be trusted.
 */
export const startInvalidationListener = (
  connectionString: string,
  cache: ResponseCache,
  logger: Logger,
): InvalidationListener => {
  let client: pg.Client | undefined
  let isStopped = false
  let retryMs = MIN_RETRY_MS
  let timer: NodeJS.Timeout | undefined
  let heartbeat: NodeJS.Timeout | undefined

  const goDark = () => {
    cache.isActive = false
    cache.clear()
  }

  const scheduleReconnect = () => {
    if (isStopped || timer) return
    timer = setTimeout(() => {
      timer = undefined
      void connect()
    }, retryMs)
    // Scripts that load Payload must still exit on their own.
    timer.unref()
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS)
  }

  const connect = async () => {
    const current = new pg.Client({
      connectionString,
      keepAlive: true,
      application_name: 'relief-cache-listener',
    })
    client = current
    const lost = () => {
      if (client !== current) return
      client = undefined
      if (heartbeat) clearInterval(heartbeat)
      goDark()
      current.removeAllListeners('notification')
      void current.end().catch(() => {})
      scheduleReconnect()
    }
    current.on('error', (error) => {
      logger.warn(`delivery cache: LISTEN connection lost (${error.message}); caching paused until it reconnects`)
      lost()
    })
    current.on('end', lost)
    current.on('notification', ({ channel, payload }) => {
      if (channel !== INVALIDATION_CHANNEL) return
      const tags = decodeTags(payload)
      // A payload we cannot read still says something changed: drop everything.
      if (tags) cache.invalidate(tags)
      else cache.clear()
    })
    try {
      await current.connect()
      ;(
        current as unknown as {
          connection?: { stream?: { unref?: () => void } }
        }
      ).connection?.stream?.unref?.()
      await current.query(`LISTEN ${INVALIDATION_CHANNEL}`)
      if (isStopped || client !== current) return void current.end().catch(() => {})
      cache.clear()
      cache.isActive = true
      retryMs = MIN_RETRY_MS
      let isPinging = false
      heartbeat = setInterval(() => {
        // The previous ping has not come back: treat the connection as gone.
        if (isPinging) return lost()
        isPinging = true
        current.query('SELECT 1').then(
          () => (isPinging = false),
          () => lost(),
        )
      }, HEARTBEAT_MS)
      heartbeat.unref()
    } catch {
      lost()
    }
  }

  void connect()
  return {
    isListening: () => cache.isActive,
    stop: async () => {
      isStopped = true
      if (timer) clearTimeout(timer)
      if (heartbeat) clearInterval(heartbeat)
      const current = client
      client = undefined
      goDark()
      await current?.end().catch(() => {})
    },
  }
}
