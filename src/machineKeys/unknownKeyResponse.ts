import { getPayload, type SanitizedConfig } from 'payload'

import { findActiveKey } from './findActiveKey'
import { keyFromHeaders } from './keyFromHeaders'
import { verifiedKeys } from './verifiedKeys'

/**
 * A 401 for a request that presents a machine key that is unknown, disabled or revoked.
 * Payload's strategies cannot refuse a request (a credential that matches nothing makes the
 * request anonymous), and a revoked key must fail loudly rather than quietly read what the
 * public reads. Undefined when the request presents no machine key or a valid one.
 */
export const unknownKeyResponse = async (
  request: Request,
  config: Promise<SanitizedConfig> | SanitizedConfig,
): Promise<Response | undefined> => {
  const key = keyFromHeaders(request.headers)
  if (key === undefined) return undefined
  const payload = await getPayload({ config: await config, cron: true })
  const found = await findActiveKey(payload, key)
  if (found) {
    verifiedKeys.set(request, found)
    return undefined
  }
  return Response.json(
    { errors: [{ message: 'This machine key is unknown or has been revoked.' }] },
    { status: 401, headers: { 'WWW-Authenticate': 'machine-keys API-Key', 'Cache-Control': 'private, no-store' } },
  )
}
