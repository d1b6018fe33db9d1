import type { Access, FieldAccess } from 'payload'

import { hasRole } from './hasRole'

/** Any signed-in user holding a role; a user without roles is treated as a reader. */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'reviewer')

export const isStaffField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'reviewer')
