import { deliveryCacheBytes, isDeliveryCacheEnabled } from './settings'

/** A ready anonymous answer: the exact body bytes and the headers Payload and the delivery rules gave it. */
export type CachedResponse = {
  body: Buffer
  status: number
  /** Header pairs without CORS (that depends on the request's Origin and is added per request). */
  headers: [string, string][]
  etag: string
  tags: string[]
}

type Entry = CachedResponse & { key: string; size: number }

/** Rough bytes an entry holds beyond its body: key, header strings, tags, map slots. */
const overheadOf = (key: string, response: CachedResponse) =>
  256 +
  key.length * 2 +
  response.headers.reduce((n, [k, v]) => n + (k.length + v.length) * 2, 0) +
  response.tags.reduce((n, t) => n + t.length * 2 + 64, 0)

/**
 * Anonymous responses by request key, evicted least-recently-used by bytes, with a tag index
 * (`collection`, `collection:id`) so one live change drops every answer that shows it.
 *
 * It only serves while `isActive` (set by the LISTEN connection): without a live
 * invalidation channel an instance could go on serving what another instance unpublished.
 */
export class ResponseCache {
  readonly maxBytes: number
  private entries = new Map<string, Entry>()
  private byTag = new Map<string, Set<string>>()
  private bytes = 0
  /** Bumped on every invalidation: a miss started before one must not store what it read. */
  generation = 0
  isActive = false

  constructor(maxBytes = deliveryCacheBytes()) {
    this.maxBytes = maxBytes
  }

  get size() {
    return this.entries.size
  }

  get usedBytes() {
    return this.bytes
  }

  get(key: string): CachedResponse | undefined {
    if (!this.isActive) return undefined
    const entry = this.entries.get(key)
    if (!entry) return undefined
    // Map order is insertion order: re-inserting marks it most recently used.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  /** Stores unless an invalidation happened since `generation` was read, or it has no tags to be purged by. */
  set(key: string, response: CachedResponse, generation: number) {
    if (!this.isActive || generation !== this.generation || response.tags.length === 0) return false
    const size = response.body.byteLength + overheadOf(key, response)
    if (size > this.maxBytes) return false
    this.delete(key)
    const entry: Entry = { ...response, key, size }
    this.entries.set(key, entry)
    this.bytes += size
    for (const tag of entry.tags) {
      let keys = this.byTag.get(tag)
      if (!keys) this.byTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    while (this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.delete(oldest)
    }
    return true
  }

  private delete(key: string) {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.size
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) this.byTag.delete(tag)
    }
  }

  /** Drops every entry carrying any of the tags; returns how many went. */
  invalidate(tags: Iterable<string>) {
    this.generation++
    let dropped = 0
    for (const tag of tags) {
      for (const key of [...(this.byTag.get(tag) ?? [])]) {
        this.delete(key)
        dropped++
      }
    }
    return dropped
  }

  clear() {
    this.generation++
    this.entries.clear()
    this.byTag.clear()
    this.bytes = 0
  }
}

const GLOBAL_KEY = Symbol.for('relief.delivery.responseCache')

/**
 * One cache per process, on globalThis: Next bundles the route handlers and the Payload config
 * into separate module graphs, and they must all see the same cache and LISTEN state.
 */
export const responseCache = (): ResponseCache => {
  const holder = globalThis as unknown as Record<symbol, ResponseCache | undefined>
  holder[GLOBAL_KEY] ??= new ResponseCache()
  return holder[GLOBAL_KEY]
}

export const isCacheServing = () => isDeliveryCacheEnabled() && responseCache().isActive
