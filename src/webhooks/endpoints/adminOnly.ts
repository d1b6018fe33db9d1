import type { PayloadRequest } from 'payload'

import { hasRole } from '@/access/hasRole'

/** 401 for anonymous callers, 403 for anyone who is not an admin; undefined lets the admin through. */
export const refuseNonAdmin = (req: PayloadRequest): Response | undefined => {
  if (!req.user) return Response.json({ errors: [{ message: 'Sign in as an admin.' }] }, { status: 401 })
  if (!hasRole(req.user as never, 'admin')) {
    return Response.json({ errors: [{ message: 'Only admins can send webhook deliveries.' }] }, { status: 403 })
  }
  return undefined
}

/** A positive integer id from the route, or undefined. */
export const idParam = (req: PayloadRequest): number | undefined => {
  const id = Number(req.routeParams?.id)
  return Number.isInteger(id) && id > 0 ? id : undefined
}
