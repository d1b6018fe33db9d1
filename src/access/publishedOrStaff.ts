import type { Access } from 'payload'

import { STAFF_ROLES } from '@/lib/roles'

import { hasRole } from './hasRole'

export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, ...STAFF_ROLES)) return true
  return { _status: { equals: 'published' } }
}
