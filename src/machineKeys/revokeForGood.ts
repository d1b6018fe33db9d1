import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Revoking is final: the key's stored value and index are cleared, so nothing can
 * authenticate with it again (not Payload's own API-key strategy either), and the document
 * stays as the record of when it was revoked. A new key means a new document.
 */
export const revokeForGood: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const wasRevoked = originalDoc?.revoked === true
  if (!wasRevoked && data.revoked !== true) return data
  return {
    ...data,
    revoked: true,
    revokedAt: wasRevoked ? originalDoc.revokedAt : new Date().toISOString(),
    enableAPIKey: false,
    apiKey: null,
    apiKeyIndex: null,
  }
}
