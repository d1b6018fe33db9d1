/**
 * Media visibility (docs/search.md): anonymous readers (and signed-in readers without a role)
 * list and fetch only images a live document shows, files and image sizes included; images of
 * drafts stay staff-only. Tried through REST (list, by id, file URLs), GraphQL and the Local API
 * with `overrideAccess: false`, before and after publish and after unpublish.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../../helpers/payload'
import { asLocal, createWorld, rand, type User, type UserKey, type World } from '../../helpers/workflowFixtures'

let world: World
let payload: Payload

type Image = { id: number; filename: string; sizes: Record<string, { filename: string }> }

const upload = async (alt: string): Promise<Image> => {
  const bytes = await sharp({ create: { width: 1000, height: 700, channels: 3, background: { r: 90, g: 140, b: 200 } } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), `visibility-${rand()}.png`)
  form.append('_payload', JSON.stringify({ alt }))
  const res = await world.api.rest('POST', '/media', { token: world.tokens.editor, form })
  expect(res.status, res.text).toBe(201)
  return res.json.doc
}

const PUBLIC_CALLERS: (UserKey | 'anonymous')[] = ['anonymous', 'reader']
const STAFF: UserKey[] = ['editor', 'reviewer', 'admin']

const tokenOf = (who: UserKey | 'anonymous') => (who === 'anonymous' ? undefined : world.tokens[who])
const userOf = (who: UserKey | 'anonymous'): User | undefined => (who === 'anonymous' ? undefined : world.users[who])

/** What one caller can see of one image, through every interface. */
const visibility = async (who: UserKey | 'anonymous', image: Image) => {
  const token = tokenOf(who)
  const list = await world.api.rest('GET', `/media?limit=100&where[id][equals]=${image.id}`, { token })
  const byId = await world.api.rest('GET', `/media/${image.id}`, { token })
  const files = await Promise.all(
    [image.filename, image.sizes.thumbnail.filename, image.sizes.card.filename].map(
      async (name) => (await world.api.rest('GET', `/media/file/${encodeURIComponent(name)}`, { token })).status,
    ),
  )
  const gql = await world.api.graphql(
    `query($id: Int!) { one: Media(id: $id) { id alt } all: allMedia(where: { id: { equals: $id } }) { docs { id alt } } }`,
    { id: image.id },
    token,
  )
  const user = userOf(who)
  const local = await payload.find({
    collection: 'media',
    where: { id: { equals: image.id } },
    overrideAccess: false,
    ...(user ? { user: asLocal(user) } : {}),
  })
  const localById = await payload
    .findByID({ collection: 'media', id: image.id, overrideAccess: false, ...(user ? { user: asLocal(user) } : {}) })
    .then(() => true)
    .catch(() => false)
  return {
    restList: list.json.docs.length === 1,
    restById: byId.status === 200,
    files: files.map((status) => status === 200),
    graphqlById: gql.json.data?.one?.id === image.id,
    graphqlList: gql.json.data?.all?.docs?.length === 1,
    local: local.docs.length === 1,
    localById,
  }
}

const everywhere = (isVisible: boolean) => ({
  restList: isVisible,
  restById: isVisible,
  files: [isVisible, isVisible, isVisible],
  graphqlById: isVisible,
  graphqlList: isVisible,
  local: isVisible,
  localById: isVisible,
})

const expectVisible = async (image: Image, publicSees: boolean) => {
  for (const who of PUBLIC_CALLERS) expect(await visibility(who, image), `${who} on image ${image.id}`).toEqual(everywhere(publicSees))
  for (const who of STAFF) expect(await visibility(who, image), `${who} on image ${image.id}`).toEqual(everywhere(true))
}

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createWorld(payload)
}, 180_000)

describe('media visibility', () => {
  it('should hide a draft article image from the public until publish, and again after unpublish', async () => {
    const hero = await upload(`Hero of an unpublished article ${rand()}`)
    const unused = await upload('An image nothing shows')
    const article = await world.make('articles', 'approved', { heroImage: hero.id })

    await expectVisible(hero, false)
    await expectVisible(unused, false)

    await world.act(world.users.editor, 'articles', article.id, 'publish')
    await expectVisible(hero, true)
    await expectVisible(unused, false)
    // The live article populates its image for the public.
    const read = await world.api.rest('GET', `/articles/${article.id}?depth=1`)
    expect(read.json.heroImage?.id).toBe(hero.id)

    await world.act(world.users.admin, 'articles', article.id, 'unpublish', { comment: 'taken down for a check' })
    await expectVisible(hero, false)
  })

  it('should keep an image public while another live document still shows it, and follow the live version, not the draft', async () => {
    const shared = await upload('Shared image')
    const draftOnly = await upload('Image only a forward draft shows')
    const article = await world.make('articles', 'published', { heroImage: shared.id })
    const technique = await world.make('techniques', 'published', { image: shared.id })
    expect((await visibility('anonymous', shared)).restById).toBe(true)

    // A forward draft that swaps the image: the live version still shows the old one.
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { heroImage: draftOnly.id } as never,
      overrideAccess: false,
      user: asLocal(world.users.editor),
    })
    expect((await visibility('anonymous', draftOnly)).restById).toBe(false)

    await world.act(world.users.admin, 'articles', article.id, 'unpublish', { comment: 'pulled' })
    expect((await visibility('anonymous', shared)).restById).toBe(true)
    await world.act(world.users.admin, 'techniques', technique.id, 'unpublish', { comment: 'pulled' })
    expect((await visibility('anonymous', shared)).restById).toBe(false)
    await payload.delete({ collection: 'techniques', id: technique.id, overrideAccess: true })
    expect((await visibility('anonymous', shared)).restById).toBe(false)
  })

  it('should refuse the isPublic flag from any caller', async () => {
    const image = await upload('Flag cannot be set by hand')
    const res = await world.api.rest('PATCH', `/media/${image.id}`, { token: world.tokens.admin, body: { isPublic: true } })
    expect([200, 400, 403]).toContain(res.status)
    expect((await payload.findByID({ collection: 'media', id: image.id })).isPublic).toBe(false)
    expect((await visibility('anonymous', image)).restById).toBe(false)
  })
})
