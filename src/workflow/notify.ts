import type { CollectionSlug, Payload } from 'payload'

import { idOf } from '@/lib/idOf'
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

/** Who hears about an action: the table's `notify` column says. */
const recipientsFor = async (payload: Payload, { transition, doc }: NotifyArgs): Promise<string[]> => {
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
