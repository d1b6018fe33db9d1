import { hasAnyRole, type Role } from '@/lib/roles'

type MaybeUser = { roles?: (Role | string)[] | null } | null | undefined

/** Any authenticated principal may be passed; only people hold roles (machine keys never do). */
export const hasRole = (user: unknown, ...roles: Role[]): boolean => {
  const held = (user as MaybeUser)?.roles
  return Array.isArray(held) && hasAnyRole(held, roles)
}
