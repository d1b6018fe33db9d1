import type { ActiveKey } from './findActiveKey'

/**
 * Keys already verified for a request by the route wrapper. Payload turns that same Request
 * object into its `req`, so the strategy finds the answer here instead of querying again.
 */
export const verifiedKeys = new WeakMap<object, ActiveKey>()
