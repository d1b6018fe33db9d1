import type { Role } from '@/lib/roles'

type MaybeUser = { roles?: (Role | string)[] | null } | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (roles as string[]).includes(role)))
