import { revalidatePath, revalidateTag } from 'next/cache'
import type { Payload } from 'payload'

import type { LiveChange } from '@/workflow/liveChanges'

/** Every reference-site page reads through this tag (src/site/read.ts). */
export const SITE_CACHE_TAG = 'relief-site'

/**
 * Expires the reference site's static pages after a live change. Any change can touch lists,
 * related pages and the sitemap, so the whole site expires at once (it is small, and pages
 * render again on their next visit). Next applies these when the request that made the change
 * finishes, i.e. after its transaction committed.
 *
 * Outside a Next request (seed script, jobs run by `payload jobs:run`, tests through the Local
 * API) there is no page cache to expire: Next throws "static generation store missing", which
 * we treat as nothing to do. A failure here never blocks publishing.
 */
export const revalidateSite = (payload: Payload, change?: LiveChange): boolean => {
  try {
    revalidateTag(SITE_CACHE_TAG, { expire: 0 })
    revalidatePath('/', 'layout')
    return true
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (!/static generation store missing/i.test(message)) {
      payload.logger.warn({ msg: 'reference site revalidation failed', err: error, change })
    }
    return false
  }
}
