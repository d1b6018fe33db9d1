'use client'
import { useConfig } from '@payloadcms/ui'

import type { useWorkflow } from './useWorkflow'

/**
 * One click to Payload's version comparison: the latest draft against the version the last
 * approval signed, and against the version readers see, in every locale.
 */
export const ReviewLinks = ({ workflow }: { workflow: ReturnType<typeof useWorkflow> }) => {
  const { config } = useConfig()
  const { id, collectionSlug, info } = workflow
  if (!id || !info?.versions.latest) return null
  const { latest, lastApproved, live } = info.versions
  const locales = config.localization ? config.localization.localeCodes : []
  const compare = (from: number | string) =>
    `${config.routes.admin}/collections/${collectionSlug}/${id}/versions/${latest}?versionFrom=${from}` +
    (locales.length ? `&localeCodes=${encodeURIComponent(JSON.stringify(locales))}` : '')
  const links = [
    lastApproved && lastApproved !== latest ? { id: 'since-approval', label: 'Changes since the last approval', href: compare(lastApproved) } : null,
    live && live !== latest ? { id: 'since-live', label: 'Changes since the live version', href: compare(live) } : null,
  ].filter((link): link is NonNullable<typeof link> => link !== null)
  if (links.length === 0) return null
  return (
    <nav className="relief-review-links" aria-label="Review changes">
      {links.map((link) => (
        <a key={link.id} id={`workflow-compare-${link.id}`} href={link.href}>
          {link.label}
        </a>
      ))}
    </nav>
  )
}
