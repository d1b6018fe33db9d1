import type { Payload, TypedUser } from 'payload'

import { idOf } from '@/lib/idOf'
import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'
import type { DraftState } from '@/workflow/states'
import { hasAnyRole } from '@/lib/roles'
import { findTransition } from '@/workflow/transitions'

import './badge.css'

/**
 * Each panel lists what the viewer can act on now; states and roles come from the table. The
 * queues are on the draft track, so a published document's forward draft in review is found.
 */
const PANELS: { title: string; action: string; state?: DraftState }[] = [
  { title: 'Waiting for my review', action: 'approve' },
  { title: 'Changes requested', action: 'submit', state: 'changes_requested' },
  { title: 'Ready to publish', action: 'publish' },
]

type Item = { collection: string; id: number | string; title: string }

const titleOf = (doc: Record<string, unknown>) =>
  String(doc.title ?? doc.name ?? doc.question ?? `#${doc.id}`)

export const ReviewDashboard = async ({ payload, user }: { payload: Payload; user?: TypedUser }) => {
  if (!user) return null
  const roles = (user as { roles?: string[] }).roles
  const panels = await Promise.all(
    PANELS.map(async (panel) => {
      const transition = findTransition(panel.action)
      if (!transition || !hasAnyRole(roles, transition.roles)) return null
      const states = panel.state ? [panel.state] : (transition.from.draft ?? []).filter((s): s is DraftState => s !== null)
      const items: Item[] = []
      let count = 0
      for (const collection of CONTENT_COLLECTIONS) {
        const { docs, totalDocs } = await payload.find({
          collection,
          draft: true,
          depth: 0,
          limit: 5,
          sort: '-updatedAt',
          where: { draftState: { in: states } },
          overrideAccess: false,
          user,
        })
        // A reviewer cannot approve what they submitted; do not offer it as their work.
        const mine = panel.action === 'approve'
          ? docs.filter((doc) => String(idOf((doc as { workflow?: { submittedBy?: unknown } }).workflow?.submittedBy)) !== String(user.id))
          : docs
        count += totalDocs - (docs.length - mine.length)
        items.push(...mine.map((doc) => ({ collection, id: doc.id, title: titleOf(doc as unknown as Record<string, unknown>) })))
      }
      return { ...panel, states, count, items: items.slice(0, 8) }
    }),
  )
  const visible = panels.filter((panel): panel is NonNullable<typeof panel> => panel !== null)
  if (visible.length === 0) return null
  return (
    <section className="relief-dashboard" aria-label="Review work">
      {visible.map((panel) => (
        <div className="relief-dashboard__panel" key={panel.title} data-panel={panel.action}>
          <h3>{panel.title}</h3>
          <div className="relief-dashboard__count">{panel.count}</div>
          <ul>
            {panel.items.map((item) => (
              <li key={`${item.collection}-${item.id}`}>
                <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>{' '}
                <small>({item.collection})</small>
              </li>
            ))}
          </ul>
          <a href={`/admin/collections/articles?where[draftState][in]=${panel.states.join(',')}`}>
            Open in the article list
          </a>
        </div>
      ))}
    </section>
  )
}
