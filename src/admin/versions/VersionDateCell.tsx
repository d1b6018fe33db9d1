'use client'
import { Link, useConfig, useModal, useRouteTransition, useTranslation } from '@payloadcms/ui'
import { formatDate } from '@payloadcms/ui/shared'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

/**
 * A version's date, as Payload shows it: a link to the comparison, or inside the "compare
 * with" drawer a button that picks this version.
 */
export const VersionDateCell = ({
  collectionSlug,
  docID,
  versionID,
  updatedAt,
  isTrashed,
  isInDrawer,
}: {
  collectionSlug: string
  docID: number | string
  versionID: number | string
  updatedAt: string
  isTrashed: boolean
  isInDrawer: boolean
}) => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { closeAllModals } = useModal()
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const { startRouteTransition } = useRouteTransition()
  const label = formatDate({ date: updatedAt, i18n, pattern: config.admin.dateFormat })
  if (isInDrawer) {
    return (
      <button
        className="created-at-cell"
        type="button"
        onClick={() => {
          closeAllModals()
          const next = new URLSearchParams(Array.from(searchParams.entries()))
          next.set('versionFrom', String(versionID))
          startRouteTransition(() => router.push(`${pathname}?${next.toString()}`))
        }}
      >
        {label}
      </button>
    )
  }
  const href = formatAdminURL({
    adminRoute: config.routes.admin,
    path: `/collections/${collectionSlug}/${isTrashed ? 'trash/' : ''}${docID}/versions/${versionID}`,
  })
  return (
    <Link href={href} prefetch={false}>
      {label}
    </Link>
  )
}
