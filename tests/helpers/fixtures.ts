import type { Payload } from 'payload'

import { markdownToLexical } from '@/lib/markdownToLexical'
import type { Role } from '@/lib/roles'
import { runTransition } from '@/workflow/service'

export const PASSWORD = 'test-password-123'

export const createUser = async (payload: Payload, roles: Role[], name = roles.join('+') || 'reader') => {
  const email = `${name.replace(/[^a-z]/gi, '')}-${Math.random().toString(36).slice(2, 8)}@relief.test`
  return payload.create({ collection: 'users', data: { email, name, roles, password: PASSWORD } })
}

export const richText = (payload: Payload, markdown: string) => markdownToLexical(payload, markdown)

export type User = Awaited<ReturnType<typeof createUser>>

export const rand = () => Math.random().toString(36).slice(2, 8)
export const inYears = (years: number) => new Date(Date.now() + years * 365 * 24 * 3600 * 1000).toISOString()
/** A user as the Local API and the workflow service want it (what `req.user` carries). */
export const asLocal = (user: User) => ({ ...user, collection: 'users' }) as any

/** One real transition through the workflow service (the Local API path). */
export const actAs = (
  payload: Payload,
  user: User | null,
  collection: string,
  id: number | string,
  action: string,
  extra: { comment?: unknown; acknowledgeFindings?: unknown } = {},
) => runTransition(payload, { collection, id, action, ...extra, user: user ? asLocal(user) : null } as never)
