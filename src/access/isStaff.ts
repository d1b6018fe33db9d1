import type { Access, FieldAccess } from 'payload'

import { STAFF_ROLES } from '@/lib/roles'

import { hasRole } from './hasRole'

/** Any signed-in user holding a role; a user without roles is treated as a reader. */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, ...STAFF_ROLES)

export const isStaffField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, ...STAFF_ROLES)
