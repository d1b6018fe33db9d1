import type { Payload } from 'payload'

import { WORKFLOW_CONTEXT_KEY } from '@/workflow/context'

import { createReviewerProfile } from '../../helpers/workflowFixtures'

export const rand = () => Math.random().toString(36).slice(2, 8)

/** Fixtures go live the way the workflow service publishes: with its flag on the request. */
export const PUBLISH = { context: { [WORKFLOW_CONTEXT_KEY]: { action: 'test-fixture', liveChange: 'publish' } } }

/** A live article with a live author and technique, to see relations in delivery headers. */
export const createLiveArticle = async (payload: Payload, title = `Delivery article ${rand()}`) => {
  const author = await createReviewerProfile(payload)
  const technique = await payload.create({
    collection: 'techniques',
    data: { name: `Technique ${rand()}`, category: 'self-massage', _status: 'published', workflowState: 'published' } as any,
    ...PUBLISH,
  })
  const article = await payload.create({
    collection: 'articles',
    data: {
      title,
      author: author.id,
      techniques: [technique.id],
      _status: 'published',
      workflowState: 'published',
    } as any,
    ...PUBLISH,
  })
  return { article, author, technique }
}

/** Changes the live title the way a publish does. */
export const publishTitle = (payload: Payload, id: number, title: string) =>
  payload.update({ collection: 'articles', id, data: { title, _status: 'published' } as any, ...PUBLISH })

/** Saves a forward draft: the live row keeps its title, the latest version gets `title`. */
export const saveDraftTitle = (payload: Payload, id: number, title: string) =>
  payload.update({ collection: 'articles', id, data: { title, _status: 'draft' } as any, draft: true })
