/**
 * Fixtures go live the only way content does: through the workflow service. A publisher is
 * an editor and a reviewer of its own; the reviewer's therapist profile is a never-published
 * draft, which the credential guard accepts (someone has to be the first reviewer).
 */
import type { Payload } from 'payload'

import type { ContentCollectionSlug } from '@/lib/contentCollections'
import { runTransition } from '@/workflow/service'

import { createUser, inYears, richText } from './fixtures'


export type Publisher = Awaited<ReturnType<typeof createPublisher>>

export const createPublisher = async (payload: Payload) => {
  const profile = await payload.create({
    collection: 'therapists',
    data: {
      name: `Fixture Reviewer ${Math.random().toString(36).slice(2, 8)}`,
      bio: await richText(payload, 'Physical therapist who reviews fixtures.'),
      isMedicalReviewer: true,
      credentials: [{ type: 'PT', licenseNumber: 'PT-FIXTURE', expiresOn: inYears(2) }],
    } as never,
  })
  const editor = await createUser(payload, ['editor'], 'fixture editor')
  const reviewerUser = await createUser(payload, ['reviewer'], 'fixture reviewer')
  const reviewer = await payload.update({ collection: 'users', id: reviewerUser.id, data: { therapist: profile.id } as never })
  const as = (user: { id: number | string }) => ({ ...user, collection: 'users' }) as never

  /** submit → approve → publish, each a real transition. */
  const publish = async (collection: ContentCollectionSlug, id: number) => {
    await runTransition(payload, { collection, id, action: 'submit', user: as(editor), isNotifying: false })
    await runTransition(payload, { collection, id, action: 'approve', user: as(reviewer), isNotifying: false })
    return runTransition(payload, { collection, id, action: 'publish', user: as(editor), isNotifying: false })
  }

  /** Creates a document (no user, as seeding does) and publishes it through the workflow. */
  const createPublished = async (collection: ContentCollectionSlug, data: Record<string, unknown>) => {
    const created = await payload.create({ collection, data: data as never })
    await publish(collection, created.id as number)
    return payload.findByID({ collection, id: created.id, draft: false, depth: 0 })
  }

  return { editor, reviewer, profile, publish, createPublished }
}
