import type { CollectionSlug, Payload } from 'payload'

import { idOf } from '@/lib/idOf'
import { assignmentKey } from '@/review/reviewTarget'
import { reviewerEmails } from '@/lib/reviewerEmails'
import { serverUrl } from '@/lib/serverUrl'
import { titleOf } from '@/lib/titleOf'

import type { Transition } from './transitions'

type NotifyArgs = {
  collection: string
  doc: {
    id: number | string
    title?: string
    name?: string
    question?: string
    workflow?: { submittedBy?: unknown; approvedBy?: unknown } | null
  }
  /** A table row, or an edit rule (EDIT_RULES) with its label and target. */
  transition: Pick<Transition, 'label' | 'notify'>
  actor: { id: number | string; name?: string; email?: string }
  comment?: string
}

/** The address of the reviewer assigned to this document's draft, if it has one. */
const assigneeEmail = async (payload: Payload, collection: string, id: number | string): Promise<string | null> => {
  const { docs } = await payload.find({
    collection: 'review-assignments',
    where: { docKey: { equals: assignmentKey(collection, id) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const reviewerId = idOf(docs[0]?.reviewer)
  if (!reviewerId) return null
  const user = await payload.findByID({ collection: 'users', id: reviewerId, depth: 0, overrideAccess: true, disableErrors: true }).catch(() => null)
  return user?.email ?? null
}

/** Who hears about an action: the table's `notify` column says. */
const recipientsFor = async (payload: Payload, { transition, doc, collection }: NotifyArgs): Promise<string[]> => {
  if (transition.notify === 'assignee') {
    const assignee = await assigneeEmail(payload, collection, doc.id)
    return assignee ? [assignee] : reviewerEmails(payload)
  }
  if (transition.notify === 'reviewers') {
    return reviewerEmails(payload)
  }
  if (transition.notify === 'submitter' || transition.notify === 'approver') {
    const userId = idOf(transition.notify === 'submitter' ? doc.workflow?.submittedBy : doc.workflow?.approvedBy)
    if (!userId) return []
    const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true }).catch(() => null)
    return user ? [user.email] : []
  }
  return []
}

export const notifyTransition = async (payload: Payload, args: NotifyArgs) => {
  const recipients = await recipientsFor(payload, args)
  if (recipients.length === 0) return
  const link = `${serverUrl()}/admin/collections/${args.collection}/${args.doc.id}`
  const title = titleOf(args.doc, payload.collections[args.collection as CollectionSlug]?.config.admin?.useAsTitle)
  const who = args.actor.name ?? args.actor.email ?? 'Someone'
  const subject = `[Relief] ${args.transition.label}: ${title}`
  const lines = [
    `${who} chose "${args.transition.label}" on "${title}".`,
    args.comment ? `Comment: ${args.comment}` : '',
    `Open it in the admin panel: ${link}`,
  ].filter(Boolean)
  await Promise.all(
    recipients.map((to) => payload.sendEmail({ to, subject, text: lines.join('\n\n') })),
  )
}
