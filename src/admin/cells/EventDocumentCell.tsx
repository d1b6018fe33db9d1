import type { Payload } from 'payload'

import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'

import { titleOf } from '@/lib/titleOf'

/** Workflow-events list cell: the document's title, linked to it in the admin panel. */
export const EventDocumentCell = async ({
  cellData,
  rowData,
  payload,
}: {
  cellData?: string | null
  rowData?: { collection?: string | null }
  payload: Payload
}) => {
  const collection = rowData?.collection
  if (!cellData || !collection || !(CONTENT_COLLECTIONS as readonly string[]).includes(collection)) return <span>{cellData}</span>
  const doc = await payload
    .findByID({
      collection: collection as (typeof CONTENT_COLLECTIONS)[number],
      id: cellData,
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  if (!doc) return <span title="This document was deleted">{`Deleted (${collection} #${cellData})`}</span>
  return (
    <a href={`${payload.config.routes.admin}/collections/${collection}/${cellData}`}>
      {titleOf(doc as unknown as Record<string, unknown>)}
    </a>
  )
}
