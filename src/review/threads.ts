import type { PayloadRequest } from 'payload'

import { WorkflowError } from '@/workflow/errors'
import type { Transition } from '@/workflow/transitions'

import { markServerWrite, unmarkServerWrite } from './serverWrites'

/** A new anchor request changes may point at: a field, optionally a quoted passage in a locale. */
type Anchor = { fieldPath: string; quote?: string; locale?: string; body?: string }

export type ThreadInput = { point: (number | Anchor)[]; reply?: string }

const MAX_POINTS = 50
const ANCHOR_KEYS = ['fieldPath', 'quote', 'locale', 'body']

const bad = (field: string, message: string) => new WorkflowError(message, 400, { field })

const parseAnchor = (value: unknown, index: number): number | Anchor => {
  const path = `comments.${index}`
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw bad(path, `Body field "${path}" must be a comment id or an anchor { fieldPath, quote?, locale?, body? }`)
  }
  const anchor = value as Record<string, unknown>
  const unknown = Object.keys(anchor).filter((key) => !ANCHOR_KEYS.includes(key))
  if (unknown.length) throw bad(path, `Body field "${path}" has unknown keys: ${unknown.join(', ')}`)
  if (typeof anchor.fieldPath !== 'string' || !anchor.fieldPath.trim()) {
    throw bad(`${path}.fieldPath`, `Body field "${path}.fieldPath" is required`)
  }
  for (const key of ['quote', 'locale', 'body']) {
    if (anchor[key] !== undefined && typeof anchor[key] !== 'string') throw bad(`${path}.${key}`, `Body field "${path}.${key}" must be a string`)
  }
  return anchor as Anchor
}

/**
 * Reads the thread fields of a transition body before anything is written (400 on a bad shape).
 * Which action takes which field is the table's `threads` column.
 */
export const parseThreadInput = (
  transition: Transition,
  { comments, reply }: { comments?: unknown; reply?: unknown },
): ThreadInput => {
  const hasComments = comments !== undefined && comments !== null
  const hasReply = reply !== undefined && reply !== null
  if (hasComments && transition.threads !== 'point') {
    throw bad('comments', `"${transition.action}" does not point at passages; only request_changes takes "comments"`)
  }
  if (hasReply && transition.threads !== 'reply') {
    throw bad('reply', `"${transition.action}" takes no reply; only submit answers open threads`)
  }
  if (hasComments && (!Array.isArray(comments) || comments.length > MAX_POINTS)) {
    throw bad('comments', `Body field "comments" must be a list of at most ${MAX_POINTS} comment ids or anchors`)
  }
  if (hasReply && (typeof reply !== 'string' || !reply.trim() || reply.length > 5000)) {
    throw bad('reply', 'Body field "reply" must be a non-empty text of at most 5000 characters')
  }
  return {
    point: hasComments ? (comments as unknown[]).map(parseAnchor) : [],
    reply: hasReply ? (reply as string).trim() : undefined,
  }
}

type LinkArgs = {
  req: PayloadRequest
  transition: Transition
  collection: string
  id: number
  eventId: number
  comment?: string
  input: ThreadInput
}

/**
 * Writes the transition's comments inside its transaction, linked to its event, so a refused
 * comment rolls the whole transition back. Pointing at a thread adds the request as a reply (and
 * reopens it); a new anchor opens a thread; a reply answers every open thread of the document.
 */
export const linkThreads = async ({ req, transition, collection, id, eventId, comment, input }: LinkArgs) => {
  const { payload } = req
  const written: unknown[] = []
  const base = { collection, documentId: String(id), event: eventId }
  const create = (data: Record<string, unknown>) =>
    payload.create({ collection: 'review-comments', data: { ...base, ...data } as never, depth: 0, req, overrideAccess: true })
  markServerWrite(req)
  try {
    if (transition.threads === 'point') {
      for (const [index, point] of input.point.entries()) {
        if (typeof point !== 'number') {
          written.push(await create({ fieldPath: point.fieldPath.trim(), quote: point.quote, locale: point.locale, body: point.body?.trim() || comment }))
          continue
        }
        const thread = await payload
          .findByID({ collection: 'review-comments', id: point, depth: 0, req, overrideAccess: true, disableErrors: true })
          .catch(() => null)
        if (!thread || thread.collection !== collection || thread.documentId !== String(id) || thread.parent) {
          throw new WorkflowError(`Comment ${point} is not a thread of this document`, 422, { field: `comments.${index}` })
        }
        if (thread.status !== 'open') {
          await payload.update({ collection: 'review-comments', id: point, data: { status: 'open', resolvedBy: null, resolvedAt: null }, depth: 0, req, overrideAccess: true })
        }
        written.push(await create({ parent: point, body: comment }))
      }
    }
    if (transition.threads === 'reply' && input.reply) {
      const { docs: open } = await payload.find({
        collection: 'review-comments',
        where: {
          and: [
            { collection: { equals: collection } },
            { documentId: { equals: String(id) } },
            { parent: { exists: false } },
            { status: { equals: 'open' } },
          ],
        },
        limit: 200,
        depth: 0,
        req,
        overrideAccess: true,
      })
      for (const thread of open) written.push(await create({ parent: thread.id, body: input.reply }))
    }
  } finally {
    unmarkServerWrite(req)
  }
  return written
}
