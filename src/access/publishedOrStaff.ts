import type { Access } from 'payload'

import { STAFF_ROLES } from '@/lib/roles'
import { isPreviewKey } from '@/machineKeys/isMachineKey'

import { hasRole } from './hasRole'

/**
 * Staff and preview keys may read draft rows; a signed-in read still gets live rows unless it
 * asks with `draft=true` (src/delivery/liveReads.ts).
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, ...STAFF_ROLES) || isPreviewKey(user)) return true
  return { _status: { equals: 'published' } }
}
