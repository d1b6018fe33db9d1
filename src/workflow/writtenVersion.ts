import type { PayloadRequest } from 'payload'

import type { ContentCollectionSlug } from '@/lib/contentCollections'

/**
 * The version a workflow write has just saved: the document's newest version, read in the
 * writer's transaction. Transitions and edits hold the document's row lock (lock.ts), so no
 * other write of this document can come between the save and this read.
 */
export const writtenVersion = async (req: PayloadRequest, collection: ContentCollectionSlug, id: number | string) => {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { snapshot: { not_equals: true } }] } as never,
    // Version ids grow with each save, and the row lock orders this document's saves.
    sort: '-id',
    limit: 1,
    depth: 0,
    select: { id: true } as never,
    req,
    overrideAccess: true,
  })
  const versionId = docs[0]?.id
  return versionId === undefined ? undefined : Number(versionId)
}
