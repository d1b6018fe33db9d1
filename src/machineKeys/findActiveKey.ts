import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'

import { MACHINE_KEYS } from './slug'

export type ActiveKey = {
  id: number
  name: string
  kind: 'delivery' | 'preview'
  lastUsedAt?: string | null
  collection: typeof MACHINE_KEYS
  _strategy: 'machine-key'
}

/**
 * The key document for a presented key, when it is enabled and not revoked. Looked up by the
 * same HMAC index Payload's API keys use (never by the key itself) through the database
 * adapter: no hooks, no access, one indexed query.
 */
export const findActiveKey = async (payload: Payload, key: string): Promise<ActiveKey | null> => {
  if (!key) return null
  const index = createHmac('sha256', payload.secret).update(key).digest('hex')
  const doc = (await payload.db.findOne({
    collection: MACHINE_KEYS,
    where: {
      and: [{ apiKeyIndex: { equals: index } }, { enableAPIKey: { equals: true } }, { revoked: { not_equals: true } }],
    },
  })) as Record<string, unknown> | null
  if (!doc) return null
  return {
    id: doc.id as number,
    name: doc.name as string,
    kind: doc.kind === 'preview' ? 'preview' : 'delivery',
    lastUsedAt: (doc.lastUsedAt as string | null | undefined) ?? null,
    collection: MACHINE_KEYS,
    _strategy: 'machine-key',
  }
}
