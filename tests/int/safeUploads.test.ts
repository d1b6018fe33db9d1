/**
 * Upload originals are stored without EXIF/GPS metadata (orientation applied to the pixels),
 * and images above the pixel limit are refused from their header, before decoding.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Api, createApi } from '../helpers/api'
import { createUser, PASSWORD } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let api: Api
let token: string

const mediaDir = () => process.env.MEDIA_DIR as string
const listFiles = () => (fs.existsSync(mediaDir()) ? fs.readdirSync(mediaDir()).sort() : [])

const uploadForm = (bytes: Buffer, filename: string, type: string, data: Record<string, unknown>) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
  form.append('_payload', JSON.stringify(data))
  return form
}

/** A 60×40 JPEG taken "on its side" (orientation 6) with a GPS position and a camera serial. */
const jpegWithGps = () =>
  sharp({ create: { width: 60, height: 40, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'ReliefCam', Model: 'Serial 12345' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '13/1 45/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '100/1 30/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer()

const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A valid 1-bit greyscale PNG of width × height: tiny on the wire (all-zero rows deflate to
 * almost nothing) and a decompression bomb once decoded to 8-bit pixels.
 */
const bombPng = (width: number, height: number) => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([1, 0, 0, 0, 0], 8) // bit depth 1, greyscale, deflate, no filter, no interlace
  const row = Math.ceil(width / 8) + 1
  const pixels = zlib.deflateSync(Buffer.alloc(row * height), { level: 9 })
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  const editor = await createUser(payload, ['editor'])
  token = await api.login(editor.email, PASSWORD)
})

describe('upload metadata', () => {
  it('should store the original without EXIF or GPS, with its orientation applied', async () => {
    const original = await jpegWithGps()
    const before = await sharp(original).metadata()
    expect(before.exif).toBeDefined()
    expect(before.exif?.toString('latin1')).toContain('ReliefCam')
    expect(before.orientation).toBe(6)
    // The GPS IFD pointer (tag 0x8825, little-endian in sharp's EXIF) is there before upload.
    expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true)

    const response = await api.rest('POST', '/media', {
      token,
      form: uploadForm(original, 'gps-photo.jpg', 'image/jpeg', { alt: 'A photo with a location' }),
    })
    expect(response.status, response.text.slice(0, 300)).toBe(201)
    const stored = fs.readFileSync(path.join(mediaDir(), response.json.doc.filename))
    expect(stored.equals(original)).toBe(false)
    const after = await sharp(stored).metadata()
    expect(after.format).toBe('jpeg')
    expect(after.exif).toBeUndefined()
    expect(after.xmp).toBeUndefined()
    expect(after.iptc).toBeUndefined()
    expect(after.orientation).toBeUndefined()
    expect(stored.includes(Buffer.from('ReliefCam'))).toBe(false)
    // Orientation 6 means "rotate 90°": the stored pixels are upright, 40×60.
    expect([after.width, after.height]).toEqual([40, 60])
    expect([response.json.doc.width, response.json.doc.height]).toEqual([40, 60])
  })

  it('should strip metadata from a PNG original too', async () => {
    const png = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#336699' } })
      .png()
      .withExif({ IFD0: { Make: 'ReliefCam' } })
      .toBuffer()
    expect((await sharp(png).metadata()).exif).toBeDefined()
    const response = await api.rest('POST', '/media', { token, form: uploadForm(png, 'exif.png', 'image/png', { alt: 'Blue square' }) })
    expect(response.status, response.text.slice(0, 300)).toBe(201)
    const stored = fs.readFileSync(path.join(mediaDir(), response.json.doc.filename))
    expect((await sharp(stored).metadata()).exif).toBeUndefined()
  })
})

describe('pixel limit', () => {
  it('should refuse a 16000×16000 PNG with a 400 naming the file field, storing nothing', async () => {
    const bomb = bombPng(16_000, 16_000)
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const filesBefore = listFiles()
    const docsBefore = (await payload.count({ collection: 'media' })).totalDocs
    const started = Date.now()
    const response = await api.rest('POST', '/media', { token, form: uploadForm(bomb, 'bomb.png', 'image/png', { alt: 'Huge' }) })
    expect(response.status, response.text.slice(0, 300)).toBe(400)
    const errors = response.json.errors[0].data.errors
    expect(errors).toEqual([expect.objectContaining({ path: 'file' })])
    expect(errors[0].message).toMatch(/16000×16000 \(256 MP\); images may have at most 40 MP/)
    // Liveness bound: the header is read, the 256 MP are never decoded.
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(listFiles()).toEqual(filesBefore)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(docsBefore)
  })

  it('should refuse an oversized replacement file on update and keep the stored one', async () => {
    const small = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#ffffff' } }).png().toBuffer()
    const created = await api.rest('POST', '/media', { token, form: uploadForm(small, 'small.png', 'image/png', { alt: 'Small' }) })
    expect(created.status).toBe(201)
    const response = await api.rest('PATCH', `/media/${created.json.doc.id}`, {
      token,
      form: uploadForm(bombPng(9000, 9000), 'bigger.png', 'image/png', {}),
    })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors[0].path).toBe('file')
    const stored = await payload.findByID({ collection: 'media', id: created.json.doc.id })
    expect([stored.width, stored.height, stored.filename]).toEqual([20, 20, created.json.doc.filename])
  })

  it('should refuse it through the Local API as well', async () => {
    const bomb = bombPng(12_000, 12_000)
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'Huge' },
        file: { data: bomb, mimetype: 'image/png', name: 'local-bomb.png', size: bomb.length },
      }),
    ).rejects.toMatchObject({ name: 'ValidationError', status: 400, data: { errors: [expect.objectContaining({ path: 'file' })] } })
  })

  it('should accept an image right at a small configured limit and refuse one pixel row more', async () => {
    const previous = process.env.MEDIA_MAX_PIXELS
    process.env.MEDIA_MAX_PIXELS = String(100 * 100)
    try {
      const atLimit = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#000' } }).png().toBuffer()
      const over = await sharp({ create: { width: 100, height: 101, channels: 3, background: '#000' } }).png().toBuffer()
      const ok = await api.rest('POST', '/media', { token, form: uploadForm(atLimit, 'at-limit.png', 'image/png', { alt: 'At limit' }) })
      expect(ok.status, ok.text.slice(0, 300)).toBe(201)
      const refused = await api.rest('POST', '/media', { token, form: uploadForm(over, 'over.png', 'image/png', { alt: 'Over' }) })
      expect(refused.status).toBe(400)
    } finally {
      if (previous === undefined) delete process.env.MEDIA_MAX_PIXELS
      else process.env.MEDIA_MAX_PIXELS = previous
    }
  })
})
