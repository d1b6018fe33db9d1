/**
 * Media uploads through the real REST multipart handler (docs/decisions.md: sharp sizes as webp, alt
 * required, images only — no SVG —, a size limit). "Nothing stored" means the media count and
 * the list of files under MEDIA_DIR are both unchanged.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { MEDIA_MAX_BYTES } from '../../collections/Media'
import { type Api, createApi } from '../helpers/api'
import { createUser, PASSWORD, rand } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

const SIZES = {
  thumbnail: { width: 320, height: 320 },
  card: { width: 768, height: 512 },
  hero: { width: 1600 },
} as const

const mediaDir = () => process.env.MEDIA_DIR as string

const listMediaFiles = (dir = mediaDir()): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((entry) =>
          entry.isDirectory() ? listMediaFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
        )
        .sort()
    : []

/** A 2000×1400 photo-like gradient, bigger than every configured size. */
const photo = (format: 'png' | 'jpeg') => {
  const width = 2000
  const height = 1400
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3
      pixels[i] = x % 256
      pixels[i + 1] = y % 256
      pixels[i + 2] = (x + y) % 256
    }
  }
  const image = sharp(pixels, { raw: { width, height, channels: 3 } })
  return (format === 'png' ? image.png() : image.jpeg({ quality: 85 })).toBuffer()
}

const uploadForm = (bytes: Buffer, filename: string, type: string, data: Record<string, unknown>) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
  form.append('_payload', JSON.stringify(data))
  return form
}

let payload: Payload
let api: Api
let editor: string
let admin: string
let reviewer: string
let reader: string

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  // The first user of the fresh database becomes admin; make it the admin on purpose.
  const adminUser = await createUser(payload, ['admin'])
  admin = await api.login(adminUser.email, PASSWORD)
  editor = await api.login((await createUser(payload, ['editor'])).email, PASSWORD)
  reviewer = await api.login((await createUser(payload, ['reviewer'])).email, PASSWORD)
  reader = await api.login((await createUser(payload, [])).email, PASSWORD)
})

/** Runs an upload that must be refused and checks that nothing reached the DB or the disk. */
const expectNothingStored = async (attempt: () => Promise<{ status: number; json: any; text: string }>) => {
  const countBefore = (await payload.count({ collection: 'media' })).totalDocs
  const filesBefore = listMediaFiles()
  const res = await attempt()
  expect((await payload.count({ collection: 'media' })).totalDocs).toBe(countBefore)
  expect(listMediaFiles()).toEqual(filesBefore)
  return res
}

describe('media uploads', () => {
  it('should write uploads under MEDIA_DIR, not the checkout', () => {
    expect(mediaDir()).toBeTruthy()
    expect(payload.collections.media.config.upload.staticDir).toBe(mediaDir())
  })

  it.each([
    { format: 'png' as const, type: 'image/png' },
    { format: 'jpeg' as const, type: 'image/jpeg' },
  ])('should store a $format and every size as webp files on disk', async ({ format, type }) => {
    const filename = `photo-${rand()}.${format === 'png' ? 'png' : 'jpg'}`
    const res = await api.rest('POST', '/media', {
      token: editor,
      form: uploadForm(await photo(format), filename, type, { alt: 'A therapist working on a lower back' }),
    })
    expect(res.status, res.text).toBe(201)
    const doc = res.json.doc
    expect(doc.alt).toBe('A therapist working on a lower back')
    expect(doc.mimeType).toBe(type)
    expect(fs.existsSync(path.join(mediaDir(), doc.filename))).toBe(true)

    for (const [name, expected] of Object.entries(SIZES)) {
      const size = doc.sizes?.[name]
      expect(size?.filename, `size ${name}`).toBeTruthy()
      expect(size.mimeType).toBe('image/webp')
      expect(size.filename).toMatch(/\.webp$/)
      const file = path.join(mediaDir(), size.filename)
      expect(fs.existsSync(file), `${file} exists`).toBe(true)
      const meta = await sharp(file).metadata()
      expect(meta.format).toBe('webp')
      expect(meta.width).toBe(expected.width)
      if ('height' in expected) expect(meta.height).toBe(expected.height)
      expect(size.filesize).toBe(fs.statSync(file).size)
    }
    expect((await payload.findByID({ collection: 'media', id: doc.id })).sizes?.hero?.mimeType).toBe('image/webp')
  })

  it.each([
    { label: 'missing', data: {} },
    { label: 'empty', data: { alt: '' } },
  ])('should refuse an upload with $label alt text with a 400 naming alt, storing nothing', async ({ data }) => {
    const bytes = await photo('png')
    const res = await expectNothingStored(() =>
      api.rest('POST', '/media', { token: editor, form: uploadForm(bytes, `no-alt-${rand()}.png`, 'image/png', data) }),
    )
    expect(res.status).toBe(400)
    const paths = (res.json?.errors ?? []).flatMap((e: any) => (e.data?.errors ?? []).map((d: any) => d.path))
    expect(paths, res.text).toContain('alt')
  })

  const svg = Buffer.from(
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">' +
      '<script>alert(document.cookie)</script><rect width="10" height="10"/></svg>',
  )
  const cleanSvg = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
  )
  it.each([
    { label: 'a harmless SVG', bytes: cleanSvg, filename: 'diagram.svg', type: 'image/svg+xml' },
    { label: 'a harmless SVG named .png and sent as image/png', bytes: cleanSvg, filename: 'diagram.png', type: 'image/png' },
    { label: 'an SVG with a script', bytes: svg, filename: 'evil.svg', type: 'image/svg+xml' },
    { label: 'an SVG named .png and sent as image/png', bytes: svg, filename: 'sneaky.png', type: 'image/png' },
    { label: 'a text file', bytes: Buffer.from('Stretch twice a day.\n'), filename: 'notes.txt', type: 'text/plain' },
    {
      label: 'a text file named .jpg and sent as image/jpeg',
      bytes: Buffer.from('Stretch twice a day.\n'),
      filename: 'notes.jpg',
      type: 'image/jpeg',
    },
  ])('should refuse $label with a 400, storing nothing', async ({ bytes, filename, type }) => {
    const res = await expectNothingStored(() =>
      api.rest('POST', '/media', { token: editor, form: uploadForm(bytes, filename, type, { alt: 'Not an image' }) }),
    )
    expect(res.status, res.text).toBe(400)
    const paths = (res.json?.errors ?? []).flatMap((e: any) => (e.data?.errors ?? []).map((d: any) => d.path))
    expect(paths).toContain('file')
  })

  it('should refuse a file over the size limit with a 4xx, storing nothing', async () => {
    // Random noise does not compress: an uncompressed PNG of real pixels just over the limit.
    const width = 2000
    const height = Math.ceil(MEDIA_MAX_BYTES / (width * 3)) + 100
    const big = await sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(big.length).toBeGreaterThan(MEDIA_MAX_BYTES)
    const res = await expectNothingStored(() =>
      api.rest('POST', '/media', { token: editor, form: uploadForm(big, `huge-${rand()}.png`, 'image/png', { alt: 'Noise' }) }),
    )
    // Payload answers 413 (Request Entity Too Large) for a file over upload.limits.fileSize.
    expect(res.status, res.text).toBe(413)
  })

  it.each([
    { who: 'anonymous', token: () => undefined },
    { who: 'a user without roles', token: () => reader },
    { who: 'a reviewer', token: () => reviewer },
  ])('should refuse an upload by $who, storing nothing', async ({ token }) => {
    const bytes = await photo('png')
    const res = await expectNothingStored(() =>
      api.rest('POST', '/media', { token: token(), form: uploadForm(bytes, `intruder-${rand()}.png`, 'image/png', { alt: 'x' }) }),
    )
    expect([401, 403]).toContain(res.status)
  })

  it('should let anyone read media but only editors change it and only admins delete it', async () => {
    const created = await api.rest('POST', '/media', {
      token: editor,
      form: uploadForm(await photo('jpeg'), `shared-${rand()}.jpg`, 'image/jpeg', { alt: 'Original alt' }),
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const files = listMediaFiles().filter((file) => path.basename(file).startsWith(path.parse(created.json.doc.filename).name))
    expect(files.length).toBe(1 + Object.keys(SIZES).length)

    // No live document shows it yet: staff read it (anonymous visibility is in search/mediaVisibility.test.ts).
    expect((await api.rest('GET', `/media/${id}`, { token: reviewer })).status).toBe(200)
    for (const token of [undefined, reader, reviewer]) {
      expect((await api.rest('PATCH', `/media/${id}`, { token, body: { alt: 'Defaced' } })).status).toBe(403)
      expect((await api.rest('DELETE', `/media/${id}`, { token })).status).toBe(403)
    }
    expect((await api.rest('DELETE', `/media/${id}`, { token: editor })).status).toBe(403)
    expect((await payload.findByID({ collection: 'media', id })).alt).toBe('Original alt')
    for (const file of files) expect(fs.existsSync(file)).toBe(true)

    const edited = await api.rest('PATCH', `/media/${id}`, { token: editor, body: { alt: 'Better alt' } })
    expect(edited.status).toBe(200)
    expect(edited.json.doc.alt).toBe('Better alt')

    expect((await api.rest('DELETE', `/media/${id}`, { token: admin })).status).toBe(200)
    for (const file of files) expect(fs.existsSync(file), `${file} removed`).toBe(false)
  })
})
