const integer = (name: string, fallback: number, min: number) => {
  const value = Number.parseInt(process.env[name] ?? '', 10)
  return Number.isFinite(value) && value >= min ? value : fallback
}

/** Loopback, private and link-local targets are refused unless this is `true` (local development, tests). */
export const isPrivateTargetAllowed = () => process.env.WEBHOOKS_ALLOW_PRIVATE === 'true'

/** How long one delivery attempt may take, connection to last header, in ms. */
export const deliveryTimeoutMs = () => integer('WEBHOOKS_TIMEOUT_MS', 10_000, 100)

/** Attempts per delivery, the first included. */
export const maxAttempts = () => integer('WEBHOOKS_MAX_ATTEMPTS', 6, 1)

/** The first retry waits this long; each further one twice as long as the one before. */
export const retryDelayMs = () => integer('WEBHOOKS_RETRY_DELAY_MS', 30_000, 0)
