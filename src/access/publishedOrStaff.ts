import type { Access } from 'payload'

import { hasRole } from './hasRole'

export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'reviewer')) return true
  return { _status: { equals: 'published' } }
}
