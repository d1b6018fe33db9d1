import type { Payload } from 'payload'

import type { Article } from '@/payload-types'

import { rand, richText } from '../../helpers/fixtures'
import { createPublisher, type Publisher } from '../../helpers/publishThroughWorkflow'
import { createReviewerProfile } from '../../helpers/workflowFixtures'

export { rand }


// One publisher (editor + credentialed reviewer) per test database.
const publishers = new WeakMap<Payload, Promise<Publisher>>()
const publisherFor = (payload: Payload) => {
  if (!publishers.has(payload)) publishers.set(payload, createPublisher(payload))
  return publishers.get(payload)!
}

const medicalDisclaimer = async (payload: Payload, publisher: Publisher) =>
  publisher.createPublished('disclaimers', {
    title: `Medical notice ${rand()}`,
    kind: 'medical',
    body: await richText(payload, 'This page does not replace a visit to your clinician.'),
  })

/**
 * A live article with a live author and technique, to see relations in delivery headers. Fixtures
 * go live the only way content does: submit, approve and publish through the workflow service.
 */
export const createLiveArticle = async (payload: Payload, title = `Delivery article ${rand()}`) => {
  const publisher = await publisherFor(payload)
  const author = await createReviewerProfile(payload, publisher)
  const technique = await publisher.createPublished('techniques', {
    name: `Technique ${rand()}`,
    category: 'self-massage',
    summary: 'A slow ball routine against a wall.',
    body: await richText(payload, 'Lean on the ball and roll it slowly under the hip.'),
    precautions: await richText(payload, 'Stop if the leg tingles or goes numb.'),
  })
  const disclaimer = await medicalDisclaimer(payload, publisher)
  const article = await publisher.createPublished('articles', {
    title,
    excerpt: 'Gentle pressure near the hip may ease tightness for some people.',
    body: await richText(payload, 'Short, slow strokes can feel calming. Stop if pain grows.'),
    author: author.id,
    techniques: [technique.id],
    disclaimers: [disclaimer.id],
  })
  return { article: article as Article, author, technique }
}

/** Changes the live title the way content changes: a draft, reviewed and published. */
export const publishTitle = async (payload: Payload, id: number, title: string) => {
  const publisher = await publisherFor(payload)
  await payload.update({ collection: 'articles', id, data: { title } as never, draft: true })
  await publisher.publish('articles', id)
}

/** Saves a forward draft: the live row keeps its title, the latest version gets `title`. */
export const saveDraftTitle = (payload: Payload, id: number, title: string) =>
  payload.update({ collection: 'articles', id, data: { title, _status: 'draft' } as any, draft: true })
