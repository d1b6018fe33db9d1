import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { draftMode, headers } from 'next/headers'
import { getPayload, type Payload, type TypedUser } from 'payload'

import { hasAnyRole, STAFF_ROLES } from '@/lib/roles'

import { SITE_CACHE_TAG } from './revalidateSite'

export type SiteReader = {
  payload: Payload
  /** True in draft preview: reads return the latest draft, as the signed-in staff member. */
  isDraft: boolean
  /** Options every Local API read of the site spreads in. */
  readOptions: { draft: boolean; overrideAccess: false; user?: TypedUser }
}

/**
 * How a page reads content. Visitors read as anonymous (access control applies, so only live
 * content can appear). In Next draft mode the staff member's session is checked again on every
 * render: the draft cookie alone grants nothing, and an expired session falls back to live.
 */
export const siteReader = async (): Promise<SiteReader> => {
  const payload = await getPayload({ config })
  const { isEnabled } = await draftMode()
  if (isEnabled) {
    const { user } = await payload.auth({ headers: await headers() })
    if (user && hasAnyRole((user as { roles?: string[] }).roles, STAFF_ROLES)) {
      return { payload, isDraft: true, readOptions: { draft: true, overrideAccess: false, user } }
    }
  }
  return { payload, isDraft: false, readOptions: { draft: false, overrideAccess: false } }
}

/**
 * Caches a live read under the site tag, so a publish (src/site/revalidateSite.ts) expires it
 * with the pages. Draft reads are never cached.
 */
export const cachedRead = <T>(reader: SiteReader, key: string[], read: () => Promise<T>): Promise<T> =>
  reader.isDraft ? read() : unstable_cache(read, ['relief-site', ...key], { tags: [SITE_CACHE_TAG] })()
