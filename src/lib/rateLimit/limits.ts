export type Limit = { points: number; windowSeconds: number }

/** Per client IP, per account (email, reset token or signed-in user), per IP+account pair. */
export type RouteLimits = { ip?: Limit; ipAccount?: Limit; account?: Limit }

export type RateLimitedRoute = 'login' | 'forgotPassword' | 'resetPassword' | 'graphql' | 'claimsCheck' | 'import' | 'search'

/**
 * The limits, as data. Login is tightest per IP+account so one client trips long before the
 * account-wide limit: an attacker on one IP cannot lock the real user out (see README).
 */
export const RATE_LIMITS: Record<RateLimitedRoute, RouteLimits> = {
  login: {
    ip: { points: 20, windowSeconds: 300 },
    ipAccount: { points: 5, windowSeconds: 900 },
    account: { points: 50, windowSeconds: 900 },
  },
  forgotPassword: {
    ip: { points: 10, windowSeconds: 900 },
    account: { points: 3, windowSeconds: 900 },
  },
  resetPassword: {
    ip: { points: 10, windowSeconds: 900 },
    account: { points: 5, windowSeconds: 900 },
  },
  graphql: {
    ip: { points: 60, windowSeconds: 60 },
    account: { points: 120, windowSeconds: 60 },
  },
  // The editor re-checks as staff type (one field at most every 2 s): two people writing from one
  // office address must not run out mid-sentence.
  claimsCheck: {
    ip: { points: 120, windowSeconds: 60 },
    account: { points: 120, windowSeconds: 60 },
  },
  import: {
    ip: { points: 10, windowSeconds: 60 },
    account: { points: 10, windowSeconds: 60 },
  },
  // Public and cheap per query, but a query can make PostgreSQL rank thousands of rows.
  search: {
    ip: { points: 120, windowSeconds: 60 },
  },
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * `RATE_LIMITS` (JSON, merged over the table, e.g. `{"graphql":{"ip":{"points":600}}}`) and
 * `RATE_LIMIT_MULTIPLIER` (scales every `points`; the test suite defaults to 100 because its
 * in-process requests all share one client address). Read on every call, so tests can switch.
 */
export const limitsFor = (route: RateLimitedRoute): RouteLimits => {
  let overrides: unknown
  try {
    overrides = process.env.RATE_LIMITS ? JSON.parse(process.env.RATE_LIMITS) : undefined
  } catch {
    overrides = undefined
  }
  const override = isRecord(overrides) && isRecord(overrides[route]) ? overrides[route] : {}
  const fallbackMultiplier = process.env.NODE_ENV === 'test' ? 100 : 1
  const parsed = Number(process.env.RATE_LIMIT_MULTIPLIER)
  const multiplier = Number.isFinite(parsed) && parsed > 0 ? parsed : fallbackMultiplier
  const result: RouteLimits = {}
  for (const scope of ['ip', 'ipAccount', 'account'] as const) {
    const base = RATE_LIMITS[route][scope]
    const patch = isRecord(override[scope]) ? (override[scope] as Partial<Limit>) : {}
    if (!base && !patch.points) continue
    const points = Number(patch.points ?? base?.points)
    const windowSeconds = Number(patch.windowSeconds ?? base?.windowSeconds ?? 60)
    if (!(points > 0) || !(windowSeconds > 0)) continue
    result[scope] = { points: Math.ceil(points * multiplier), windowSeconds: Math.ceil(windowSeconds) }
  }
  return result
}
