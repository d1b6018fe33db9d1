/**
 * What the pixel-limit check costs against decoding the image it refuses: a 16000×16000 1-bit
 * PNG (a decompression bomb, ~30 KB on the wire), each measurement in a process of its own.
 *   npx tsx bench/imageHeader.bench.ts
 */
import { execFileSync } from 'node:child_process'
import zlib from 'node:zlib'

const mode = process.argv[2]

const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const out = Buffer.alloc(8 + data.length + 4)
  out.writeUInt32BE(data.length, 0)
  body.copy(out, 4)
  out.writeUInt32BE(zlib.crc32(body), 8 + data.length)
  return out
}

const bomb = (side: number) => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(side, 0)
  header.writeUInt32BE(side, 4)
  header.set([1, 0, 0, 0, 0], 8)
  const idat = zlib.deflateSync(Buffer.alloc((Math.ceil(side / 8) + 1) * side), { level: 9 })
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))])
}

if (mode) {
  const { default: sharp } = await import('sharp')
  const { imageDimensions } = await import('../src/plugins/safeUploads/imageDimensions')
  const png = bomb(16_000)
  sharp.cache(false)
  const before = process.memoryUsage().rss
  const started = performance.now()
  if (mode === 'header') await imageDimensions(png)
  else await sharp(png, { limitInputPixels: false }).raw().toBuffer()
  const ms = performance.now() - started
  const peak = process.resourceUsage().maxRSS * 1024
  console.log(JSON.stringify({ mode, bytes: png.length, ms: Math.round(ms), rssBeforeMB: Math.round(before / 1e6), peakRssMB: Math.round(peak / 1e6) }))
} else {
  for (const each of ['header', 'decode']) {
    process.stdout.write(execFileSync(process.execPath, ['--import', 'tsx', 'bench/imageHeader.bench.ts', each], { encoding: 'utf8' }))
  }
}
