import sharp from 'sharp'

import { ICON_SVG } from '@/components/site/icon'

export const dynamic = 'force-static'

/** An ICO file holding one 32×32 PNG (ICO allows PNG entries), drawn from the SVG mark. */
const toIco = (png: Buffer, size: number) => {
  const header = Buffer.alloc(22)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(1, 4) // one image
  header.writeUInt8(size, 6)
  header.writeUInt8(size, 7)
  header.writeUInt8(0, 8) // no palette
  header.writeUInt8(0, 9)
  header.writeUInt16LE(1, 10) // colour planes
  header.writeUInt16LE(32, 12) // bits per pixel
  header.writeUInt32LE(png.length, 14)
  header.writeUInt32LE(22, 18) // image data offset
  return Buffer.concat([header, png])
}

export async function GET() {
  const png = await sharp(Buffer.from(ICON_SVG)).resize(32, 32).png().toBuffer()
  return new Response(new Uint8Array(toIco(png, 32)), {
    headers: { 'Content-Type': 'image/x-icon', 'Cache-Control': 'public, max-age=86400' },
  })
}
