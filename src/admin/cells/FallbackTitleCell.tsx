import type { Payload } from 'payload'

import { sourceTitle } from '@/admin/localeFallback/sourceTitle'

import { TitleCellClient } from './TitleCellClient'

type Props = {
  cellData?: unknown
  rowData?: { id?: number | string } & Record<string, unknown>
  collectionSlug: string
  field: { name?: string; label?: unknown }
  link?: boolean
  linkURL?: string
  className?: string
  viewType?: string
  payload: Payload
}

/**
 * The title column of a content list. A row not yet translated into the list's locale shows the
 * default-locale (English) title, marked "EN", instead of "<No Title>" (issue 12, Thai). The
 * list's own query stays without fallback, so nothing else on the page changes.
 */
export const FallbackTitleCell = async ({ cellData, rowData, collectionSlug, field, link, linkURL, className, viewType, payload }: Props) => {
  const hasOwnTitle = typeof cellData === 'string' && Boolean(cellData.trim())
  const source = hasOwnTitle ? null : await sourceTitle(payload, collectionSlug, rowData?.id)
  return (
    <TitleCellClient
      cellProps={{
        cellData: hasOwnTitle ? cellData : (source?.title ?? cellData),
        className,
        collectionSlug,
        // The client cell needs a plain field; the title column is always text.
        field: { name: field.name ?? 'title', type: 'text', label: typeof field.label === 'string' ? field.label : undefined, admin: {} },
        link,
        linkURL,
        rowData: rowData ?? {},
        viewType,
      }}
      sourceLocale={source?.locale ?? null}
    />
  )
}
