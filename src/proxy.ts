import { type NextRequest, NextResponse } from 'next/server'

/**
 * Reference-site URLs: English pages have no prefix (`/articles/x`), Thai ones start with `/th`.
 * Both are served by `src/app/(frontend)/[locale]/…`, so English paths are rewritten to `/en/…`
 * here. (Redirecting a typed `/en/…` to the unprefixed URL looped: Next runs the proxy again on
 * the rewritten path. Canonical links point at the unprefixed URL instead.) The admin, the API,
 * Next's assets, the preview routes and files (sitemap, robots, icon) never pass through; `/favicon.ico` is drawn by `/next/favicon`.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  // A `favicon.ico` folder in the app is taken for a metadata file, so a route of ours draws it.
  if (pathname === '/favicon.ico') return NextResponse.rewrite(new URL('/next/favicon', request.url))
  // Already localized (a Thai URL, or an English one this proxy rewrote): served as it is.
  if (/^\/(en|th)(\/|$)/.test(pathname)) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = `/en${pathname === '/' ? '' : pathname}`
  url.search = search
  return NextResponse.rewrite(url)
}

export const config = {
  matcher: ['/((?!api/|api$|admin/|admin$|_next/|next/|icon\\.svg|sitemap\\.xml|robots\\.txt|media/).*)'],
}
