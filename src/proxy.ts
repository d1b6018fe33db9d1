import { type NextRequest, NextResponse } from 'next/server'

/**
 * Reference-site URLs: English pages have no prefix (`/articles/x`), Thai ones start with `/th`.
 * Both are served by `src/app/(frontend)/[locale]/…`, so English paths are rewritten to `/en/…`
 * here, and a typed `/en/…` URL redirects to its canonical unprefixed form. The admin, the API,
 * Next's assets, the preview routes and files (favicon, sitemap, robots) never pass through.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (pathname === '/en' || pathname.startsWith('/en/')) {
    const url = request.nextUrl.clone()
    url.pathname = pathname.slice(3) || '/'
    return NextResponse.redirect(url, 308)
  }
  if (pathname === '/th' || pathname.startsWith('/th/')) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = `/en${pathname === '/' ? '' : pathname}`
  url.search = search
  return NextResponse.rewrite(url)
}

export const config = {
  matcher: ['/((?!api/|api$|admin/|admin$|_next/|next/|favicon\\.ico|icon\\.svg|sitemap\\.xml|robots\\.txt|media/).*)'],
}
