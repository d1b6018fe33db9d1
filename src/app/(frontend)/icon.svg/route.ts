import { ICON_SVG } from '@/components/site/icon'

export const dynamic = 'force-static'

export function GET() {
  return new Response(ICON_SVG, {
    headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' },
  })
}
