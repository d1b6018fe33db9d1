import type { Payload } from 'payload'

import { markdownToLexical } from '@/lib/markdownToLexical'
import type { Role } from '@/lib/roles'

export const PASSWORD = 'test-password-123'

export const createUser = async (payload: Payload, roles: Role[], name = roles.join('+') || 'reader') => {
  const email = `${name.replace(/[^a-z]/gi, '')}-${Math.random().toString(36).slice(2, 8)}@relief.test`
  return payload.create({ collection: 'users', data: { email, name, roles, password: PASSWORD } })
}

export const richText = (payload: Payload, markdown: string) => markdownToLexical(payload, markdown)
