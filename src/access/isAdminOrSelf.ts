import type { Access } from 'payload'

import { hasRole } from './hasRole'

export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  // "Self" is a person: a machine key's id says nothing about the users table.
  if (user.collection !== 'users') return false
  return { id: { equals: user.id } }
}
