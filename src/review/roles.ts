import type { Access } from 'payload'

import { hasRole } from '@/access/hasRole'
import type { Role } from '@/lib/roles'

/** Access from one of the rule lists beside the transition table (src/workflow/transitions.ts). */
export const rolesMay =
  (roles: readonly Role[]): Access =>
  ({ req: { user } }) =>
    hasRole(user as never, ...roles)
