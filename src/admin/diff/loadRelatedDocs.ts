import type { PayloadRequest } from 'payload'

import { BLOCK_RELATIONS, type RelatedDoc, type RelatedDocs, relatedIds, relatedKey } from './readableBlocks'

/** Only the words the diff prints, per related collection. */
const SELECT: Record<string, Record<string, true>> = {
  disclaimers: { title: true, body: true },
  techniques: { name: true, summary: true },
  faqs: { question: true },
}

const MAX_PER_COLLECTION = 200

/**
 * Reads the documents the blocks of both compared versions point at (their newest draft), in the
 * compared locale and with the reviewer's own access: a document they may not read stays out and
 * the diff says so.
 */
export const loadRelatedDocs = async ({
  req,
  locale,
  states,
}: {
  req: PayloadRequest
  locale?: string
  states: unknown[]
}): Promise<RelatedDocs> => {
  const docs: RelatedDocs = new Map()
  const localization = req.payload.config.localization
  // Payload passes the compared locale for a localized field; otherwise read the request's one.
  const asked = locale ?? req.locale ?? undefined
  const readLocale = asked && asked !== 'all' ? asked : localization ? localization.defaultLocale : undefined
  const wanted = relatedIds(...states)
  const known = new Set<string>(Object.values(BLOCK_RELATIONS).map(({ collection }) => collection))
  for (const [collection, ids] of wanted) {
    if (!known.has(collection) || !req.payload.collections[collection as 'disclaimers']) continue
    const numeric = [...ids].map(Number).filter((id) => Number.isInteger(id) && id > 0).slice(0, MAX_PER_COLLECTION)
    if (numeric.length === 0) continue
    const result = await req.payload.find({
      collection: collection as 'disclaimers',
      where: { id: { in: numeric } },
      select: SELECT[collection] as never,
      locale: readLocale as 'en',
      // The newest wording of the related document, which is what its own review is about.
      draft: true,
      depth: 0,
      limit: numeric.length,
      pagination: false,
      req,
      user: req.user,
      overrideAccess: false,
    })
    for (const doc of result.docs as unknown as RelatedDoc[]) docs.set(relatedKey(collection, doc.id), doc)
  }
  return docs
}
