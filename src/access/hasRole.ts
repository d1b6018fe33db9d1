import { hasAnyRole, type Role } from '@/lib/roles'

type MaybeUser = { roles?: (Role | string)[] | null } | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean => hasAnyRole(user?.roles, roles)
