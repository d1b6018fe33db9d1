/**
 * A GraphQL answer names in Surrogate-Key the documents its rich text shows: Lexical
 * relationship/upload nodes and blocks (a technique callout, an FAQ list) populated inside an
 * article body. Before this, the GraphQL key walk stopped at the JSON scalar, so a CDN kept the
 * article after such a document was republished or unpublished. The in-process cache must give a
 * fresh answer after both changes too.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { responseCache } from '@/delivery/cache/responseCache'

import { actAs, createUser, richText, type User } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createPublisher, type Publisher } from '../../helpers/publishThroughWorkflow'
import { createDeliveryClient } from './deliveryClient'
import { blockNode, createLiveArticle, rand } from './fixtures'

let payload: Payload
let client: ReturnType<typeof createDeliveryClient>
let publisher: Publisher
let admin: User

const BY_SLUG = 'query($slug:String){Articles(where:{slug:{equals:$slug}}){docs{id title body}}}'

type Node = {
  type?: string
  relationTo?: string
  value?: { id?: number; name?: string } | number
  fields?: { blockType?: string; technique?: { id?: number; name?: string } | number; faqs?: unknown[] }
  children?: Node[]
}
type Answer = { data?: { Articles?: { docs?: { body?: { root?: Node } }[] } } }

const isHit = (response: Response) => response.headers.get('X-Relief-Cache') === 'hit'
const waitFor = async (check: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !check()) await new Promise((resolve) => setTimeout(resolve, 20))
  return check()
}
const keysOf = (response: Response) => (response.headers.get('Surrogate-Key') ?? '').split(' ')
const bodyNodes = async (response: Response) =>
  ((await response.json()) as Answer).data?.Articles?.docs?.[0]?.body?.root?.children ?? []

beforeAll(async () => {
  payload = await getTestPayload()
  client = createDeliveryClient(payload.config)
  publisher = await createPublisher(payload)
  admin = await createUser(payload, ['admin'], 'graphql purge admin')
  expect(await waitFor(() => responseCache().isActive, 10_000)).toBe(true)
}, 180_000)

describe('documents shown in the rich text of a GraphQL answer', { timeout: 180_000 }, () => {
  it('should name block and relationship node documents in Surrogate-Key and answer fresh after they change', async () => {
    const inBlock = await createLiveArticle(payload)
    const inNode = await createLiveArticle(payload)
    const listed = await createLiveArticle(payload)
    const faq = await publisher.createPublished('faqs', {
      question: `How often should I stretch ${rand()}?`,
      answer: await richText(payload, 'A few minutes most days is a fair start.'),
    })
    const disclaimer = await publisher.createPublished('disclaimers', {
      title: `Medical notice ${rand()}`,
      kind: 'medical',
      body: await richText(payload, 'Ask your clinician before starting.'),
    })
    const body = (await richText(payload, 'Start with the routine below.')) as { root: { children: unknown[] } }
    body.root.children.push(
      blockNode({ blockType: 'techniqueCallout', technique: inBlock.technique.id }),
      blockNode({ blockType: 'faqList', heading: 'Questions', faqs: [faq.id] }),
      { type: 'relationship', relationTo: 'techniques', value: inNode.technique.id, format: '', version: 2 },
    )
    const article = await publisher.createPublished('articles', {
      title: `GraphQL rich text ${rand()}`,
      excerpt: 'An article whose body shows techniques and questions.',
      body,
      author: listed.author.id,
      techniques: [listed.technique.id],
      disclaimers: [disclaimer.id],
    })
    const slug = (article as { slug?: string }).slug!
    const read = () => client.graphqlGet(BY_SLUG, { slug })
    /** Reads until an answer comes from the cache (a purge from the fixtures may still be on its way). */
    const prime = async () => {
      for (let i = 0; i < 10; i++) if (isHit(await read())) return
      throw new Error('the GraphQL answer was never served from the cache')
    }

    const first = await read()
    expect(first.status).toBe(200)
    expect(keysOf(first)).toEqual(
      expect.arrayContaining([
        `articles:${article.id}`,
        `techniques:${inBlock.technique.id}`,
        `faqs:${faq.id}`,
        `techniques:${inNode.technique.id}`,
      ]),
    )
    // The query does not ask for the article's own techniques field: only rich text shows these.
    expect(keysOf(first)).not.toContain(`techniques:${listed.technique.id}`)

    await prime()
    const name = `Renamed in a block ${rand()}`
    await payload.update({ collection: 'techniques', id: inBlock.technique.id, data: { name } as never, draft: true })
    await publisher.publish('techniques', inBlock.technique.id)
    const republished = await read()
    expect(isHit(republished)).toBe(false)
    const callout = (await bodyNodes(republished)).find((node) => node.fields?.blockType === 'techniqueCallout')
    expect(callout?.fields?.technique).toMatchObject({ id: inBlock.technique.id, name })

    await prime()
    const nodeName = (inNode.technique as { name: string }).name
    const shown = (await bodyNodes(await read())).find((node) => node.type === 'relationship')
    expect(shown?.value).toMatchObject({ id: inNode.technique.id, name: nodeName })
    await actAs(payload, admin, 'techniques', inNode.technique.id, 'unpublish', { comment: 'taken down for a check' })
    const unpublished = await read()
    expect(isHit(unpublished)).toBe(false)
    const node = (await bodyNodes(unpublished)).find((each) => each.type === 'relationship')
    expect(JSON.stringify(node)).not.toContain(nodeName)
  })
})
