import type { Payload } from 'payload'

import { idOf } from '@/lib/idOf'

import type { ExistingImport } from './types'

/** What an earlier import of this file in this locale left: its record, article and whether it is live. */
export const findExisting = async (payload: Payload, sourcePath: string, locale: string): Promise<ExistingImport> => {
  const { docs } = await payload.find({
    collection: 'import-records',
    where: { and: [{ sourcePath: { equals: sourcePath } }, { locale: { equals: locale } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const record = docs[0]
  if (!record) return {}
  const articleId = idOf<number>(record.article)
  const article = articleId
    ? await payload.findByID({
        collection: 'articles',
        id: articleId,
        draft: true,
        depth: 0,
        locale: locale as 'en',
        overrideAccess: true,
        disableErrors: true,
      })
    : null
  if (!article) {
    // A record whose article was deleted is reused: the file is imported afresh.
    return { recordId: record.id, contentHash: record.contentHash }
  }
  const live = await payload.findByID({
    collection: 'articles',
    id: article.id,
    draft: false,
    depth: 0,
    select: { _status: true },
    overrideAccess: true,
    disableErrors: true,
  })
  return { recordId: record.id, contentHash: record.contentHash, article, isLive: live?._status === 'published' }
}
