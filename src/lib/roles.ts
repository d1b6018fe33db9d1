export const ROLES = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

/** Every role is a staff role; a signed-in user without one is treated as a reader. */
export const STAFF_ROLES: readonly Role[] = ROLES

/** Whether any of `roles` is one of `allowed` (users without roles have none). */
export const hasAnyRole = (roles: readonly string[] | null | undefined, allowed: readonly Role[]): boolean =>
  Boolean(roles?.some((role) => (allowed as readonly string[]).includes(role)))
