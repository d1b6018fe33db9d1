import type { AuthStrategy } from 'payload'

import { findActiveKey } from './findActiveKey'
import { keyFromHeaders } from './keyFromHeaders'
import { touchLastUsed } from './touchLastUsed'
import { verifiedKeys } from './verifiedKeys'

/**
 * Authenticates `Authorization: machine-keys API-Key <key>`. Runs before Payload's own
 * API-key strategy for the collection (custom strategies come first), and revoking a key
 * clears its index, so that one cannot find a revoked key either.
 */
export const machineKeyStrategy: AuthStrategy = {
  name: 'machine-key',
  authenticate: async ({ headers, payload, req }) => {
    const key = keyFromHeaders(headers)
    if (key === undefined) return { user: null }
    const found = (req && verifiedKeys.get(req)) || (await findActiveKey(payload, key))
    if (!found) return { user: null }
    await touchLastUsed(payload, found)
    return { user: { ...found } as never }
  },
}
