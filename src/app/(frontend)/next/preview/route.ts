import config from '@payload-config'
import { draftMode } from 'next/headers'
import { getPayload } from 'payload'

import { hasAnyRole, STAFF_ROLES } from '@/lib/roles'

/** Only same-site paths: `//host` or `/\host` would redirect elsewhere. */
const isSitePath = (path: string | null): path is string =>
  Boolean(path) && path!.startsWith('/') && !path!.startsWith('//') && !path!.startsWith('/\\') && path!.length < 500

/**
 * `GET /next/preview?path=/articles/x`: signed-in staff get Next draft mode and the page with its
 * latest draft (the admin's live preview loads this). Everyone else gets 401/403 and no cookie.
 */
export async function GET(request: Request) {
  const path = new URL(request.url).searchParams.get('path')
  if (!isSitePath(path)) {
    return Response.json({ errors: [{ name: 'ValidationError', message: 'path: a site path starting with / is required' }] }, { status: 400 })
  }
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return Response.json({ errors: [{ name: 'Unauthorized', message: 'Sign in to preview drafts' }] }, { status: 401 })
  if (!hasAnyRole((user as { roles?: string[] }).roles, STAFF_ROLES)) {
    return Response.json({ errors: [{ name: 'Forbidden', message: 'Only staff can preview drafts' }] }, { status: 403 })
  }
  ;(await draftMode()).enable()
  return new Response(null, { status: 307, headers: { Location: path, 'Cache-Control': 'private, no-store' } })
}
