import type { Access } from 'payload'

import { hasRole } from '@/access/hasRole'
import { STAFF_ROLES } from '@/lib/roles'

/**
 * Staff read every image; anyone else only images a live document shows (`isPublic`, kept by
 * the live-change hook). It covers the list, the document, GraphQL and the files themselves:
 * Payload checks the same access, by file name and by every image size's file name, before
 * serving `/api/media/file/…`.
 */
export const mediaPublicOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, ...STAFF_ROLES)) return true
  return { isPublic: { equals: true } }
}
