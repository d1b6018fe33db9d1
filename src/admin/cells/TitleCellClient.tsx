'use client'
import { DefaultCell, useListDrawerContext } from '@payloadcms/ui'
import type { ComponentProps } from 'react'

type CellProps = ComponentProps<typeof DefaultCell>

/**
 * Payload's own cell (link, or row selection inside a relationship drawer, as the default title
 * cell does), with an "EN" tag in front when the title is borrowed from the default locale.
 */
export const TitleCellClient = ({ cellProps, sourceLocale }: { cellProps: Record<string, unknown>; sourceLocale: string | null }) => {
  const { drawerSlug, onSelect } = useListDrawerContext()
  const props = { ...cellProps } as CellProps
  if (drawerSlug && props.link) {
    props.link = false
    props.className = 'default-cell__first-cell'
    props.onClick = ({ collectionSlug, rowData }) => {
      if (typeof onSelect === 'function') onSelect({ collectionSlug, doc: rowData, docID: rowData.id } as never)
    }
  }
  if (!sourceLocale) return <DefaultCell {...props} />
  return (
    <span className="relief-fallback-title" data-source-locale={sourceLocale} style={{ display: 'inline-flex', gap: 6, alignItems: 'baseline' }}>
      <span
        className="relief-fallback-title__tag"
        title={`Not translated yet: the ${sourceLocale.toUpperCase()} title is shown`}
        style={{ fontSize: 11, fontWeight: 600, padding: '0 4px', borderRadius: 3, border: '1px solid currentColor', opacity: 0.75 }}
      >
        {sourceLocale.toUpperCase()}
      </span>
      <DefaultCell {...props} />
    </span>
  )
}
