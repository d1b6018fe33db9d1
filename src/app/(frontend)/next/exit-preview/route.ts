import { draftMode } from 'next/headers'

/** `GET /next/exit-preview`: back to the live site. */
export async function GET() {
  ;(await draftMode()).disable()
  return new Response(null, { status: 307, headers: { Location: '/', 'Cache-Control': 'private, no-store' } })
}
