import { createHash } from 'node:crypto'
import { mergeHeaders, type Payload, type PayloadRequest } from 'payload'

import { hitBuckets, refundBuckets, resetBucketsAround, type BucketHit } from '@/lib/db/rateLimitStore'

import { type Limit, limitsFor, type RateLimitedRoute } from './limits'
import { TooManyRequests } from './TooManyRequests'

type Target = {
  payload: Payload
  route: RateLimitedRoute
  ip: string
  /** Email, reset token or user id; hashed, so the table holds no addresses or tokens. */
  account?: string | number | null
  /** Counts on the request's transaction when it has one, and gets the Retry-After header. */
  req?: PayloadRequest
}

export const accountKey = (account: string | number) =>
  createHash('sha256').update(String(account).trim().toLowerCase()).digest('base64url').slice(0, 32)

const bucketKeys = (route: RateLimitedRoute, ip: string, account?: string) => ({
  ip: `${route}:ip:${ip}`,
  ipAccount: `${route}:ip-account:${ip}|${account}`,
  account: `${route}:account:${account}`,
})

const countOrThrow = async (target: Target, buckets: { key: string; limit: Limit }[]) => {
  const hits: BucketHit[] = buckets.map(({ key, limit }) => ({ key, windowSeconds: limit.windowSeconds }))
  const counts = await hitBuckets(target.payload, hits, target.req)
  let retryAfter = 0
  for (const { key, count, expiresAt } of counts) {
    const limit = buckets.find((bucket) => bucket.key === key)?.limit
    if (limit && count > limit.points) {
      retryAfter = Math.max(retryAfter, Math.ceil((expiresAt.getTime() - Date.now()) / 1000), 1)
    }
  }
  if (retryAfter === 0) return
  if (target.req) {
    target.req.responseHeaders = mergeHeaders(
      target.req.responseHeaders ?? new Headers(),
      new Headers({ 'Retry-After': String(retryAfter) }),
    )
  }
  throw new TooManyRequests(retryAfter)
}

/**
 * Counts one request against the route's limits and throws a 429 (with Retry-After) when one
 * is exceeded. The IP and IP+account buckets come first and a request they refuse never
 * reaches the account-wide bucket: one noisy client cannot use up the owner's allowance.
 */
export const enforceRateLimit = async (target: Target) => {
  const limits = limitsFor(target.route)
  const hasAccount = target.account !== undefined && target.account !== null && String(target.account) !== ''
  const account = hasAccount ? accountKey(target.account as string) : undefined
  const keys = bucketKeys(target.route, target.ip, account)
  const first: { key: string; limit: Limit }[] = []
  if (limits.ip) first.push({ key: keys.ip, limit: limits.ip })
  if (account && limits.ipAccount) first.push({ key: keys.ipAccount, limit: limits.ipAccount })
  await countOrThrow(target, first)
  if (account && limits.account) await countOrThrow(target, [{ key: keys.account, limit: limits.account }])
}

/**
 * After a successful sign-in from this IP: its failed attempts on the account are forgiven, and
 * the sign-in itself is taken back from the IP and account counts. The limits are for guessing:
 * a team signing in from one office address must not run out, while every wrong guess still
 * counts in full (a success refunds only its own hit).
 */
export const forgiveIpAccount = async (
  payload: Payload,
  route: RateLimitedRoute,
  ip: string,
  account: string,
  req?: PayloadRequest,
) => {
  const keys = bucketKeys(route, ip, accountKey(account))
  await resetBucketsAround(payload, keys.ipAccount, keys.ipAccount, req)
  await refundBuckets(payload, [keys.ip, keys.account], req)
}

/** An admin unlocking an account clears every login bucket of that account, from any IP. */
export const forgiveAccount = async (payload: Payload, route: RateLimitedRoute, account: string, req?: PayloadRequest) => {
  const key = accountKey(account)
  await resetBucketsAround(payload, `${route}:ip-account:`, `|${key}`, req)
  await resetBucketsAround(payload, `${route}:account:${key}`, key, req)
}
