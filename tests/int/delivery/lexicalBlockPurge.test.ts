/**
 * A document an article shows only inside a Lexical block of its body (a technique callout) is
 * named in the article's Surrogate-Key, so a cached answer goes when that document changes.
 * Before this, the key walk skipped block fields: the cache kept serving the old technique.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { responseCache } from '@/delivery/cache/responseCache'

import { richText } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createPublisher, type Publisher } from '../../helpers/publishThroughWorkflow'
import { createDeliveryClient } from './deliveryClient'
import { blockNode, createLiveArticle, rand } from './fixtures'

let payload: Payload
let client: ReturnType<typeof createDeliveryClient>
let publisher: Publisher

type Node = { type?: string; fields?: { technique?: { id?: number; name?: string } }; children?: Node[] }

const isHit = (response: Response) => response.headers.get('X-Relief-Cache') === 'hit'
const waitFor = async (check: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !check()) await new Promise((resolve) => setTimeout(resolve, 20))
  return check()
}
/** Reads until an answer comes from the cache (a purge from the fixtures may still be on its way). */
const prime = async (path: string) => {
  for (let i = 0; i < 10; i++) if (isHit(await client.request('GET', path))) return
  throw new Error(`${path} was never answered from the cache`)
}
const calloutTechnique = async (response: Response) => {
  const body = (await response.json()) as { body?: { root?: Node } }
  return body.body?.root?.children?.find((node) => node.type === 'block')?.fields?.technique
}

beforeAll(async () => {
  payload = await getTestPayload()
  client = createDeliveryClient(payload.config)
  publisher = await createPublisher(payload)
  expect(await waitFor(() => responseCache().isActive, 10_000)).toBe(true)
}, 180_000)

describe('documents shown in a Lexical block', { timeout: 120_000 }, () => {
  it('should name the block technique in Surrogate-Key and purge the cached article when it is republished', async () => {
    const shown = await createLiveArticle(payload)
    const elsewhere = await createLiveArticle(payload)
    const disclaimer = await publisher.createPublished('disclaimers', {
      title: `Medical notice ${rand()}`,
      kind: 'medical',
      body: await richText(payload, 'Ask your clinician before starting.'),
    })
    const body = (await richText(payload, 'Try the routine below.')) as { root: { children: unknown[] } }
    body.root.children.push(blockNode({ blockType: 'techniqueCallout', technique: shown.technique.id }))
    const article = await publisher.createPublished('articles', {
      title: `Callout article ${rand()}`,
      excerpt: 'An article whose body calls out a technique.',
      body,
      author: elsewhere.author.id,
      techniques: [elsewhere.technique.id],
      disclaimers: [disclaimer.id],
    })
    const path = `/articles/${article.id}?depth=1`
    const first = await client.request('GET', path)
    expect(first.headers.get('Surrogate-Key')?.split(' ')).toContain(`techniques:${shown.technique.id}`)
    await prime(path)
    expect((await calloutTechnique(await client.request('GET', path)))?.id).toBe(shown.technique.id)

    const name = `Renamed callout technique ${rand()}`
    await payload.update({ collection: 'techniques', id: shown.technique.id, data: { name } as never, draft: true })
    await publisher.publish('techniques', shown.technique.id)
    const after = await client.request('GET', path)
    expect(isHit(after)).toBe(false)
    expect((await calloutTechnique(after))?.name).toBe(name)
  })
})
