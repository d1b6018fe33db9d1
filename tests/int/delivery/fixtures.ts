import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Article } from '@/payload-types'

import { rand, richText } from '../../helpers/fixtures'
import { createPublisher, type Publisher } from '../../helpers/publishThroughWorkflow'
import { createReviewerProfile } from '../../helpers/workflowFixtures'

export { rand }


// One publisher (editor + credentialed reviewer) per test database.
const publishers = new WeakMap<Payload, Promise<Publisher>>()
const publisherFor = (payload: Payload) => {
  if (!publishers.has(payload)) publishers.set(payload, createPublisher(payload))
  return publishers.get(payload)!
}

const medicalDisclaimer = async (payload: Payload, publisher: Publisher) =>
  publisher.createPublished('disclaimers', {
    title: `Medical notice ${rand()}`,
    kind: 'medical',
    body: await richText(payload, 'This page does not replace a visit to your clinician.'),
  })

/**
 * A live article with a live author and technique, to see relations in delivery headers. Fixtures
 * go live the only way content does: submit, approve and publish through the workflow service.
 */
export const createLiveArticle = async (payload: Payload, title = `Delivery article ${rand()}`) => {
  const publisher = await publisherFor(payload)
  const author = await createReviewerProfile(payload, publisher)
  const technique = await publisher.createPublished('techniques', {
    name: `Technique ${rand()}`,
    category: 'self-massage',
    summary: 'A slow ball routine against a wall.',
    body: await richText(payload, 'Lean on the ball and roll it slowly under the hip.'),
    precautions: await richText(payload, 'Stop if the leg tingles or goes numb.'),
  })
  const disclaimer = await medicalDisclaimer(payload, publisher)
  const article = await publisher.createPublished('articles', {
    title,
    excerpt: 'Gentle pressure near the hip may ease tightness for some people.',
    body: await richText(payload, 'Short, slow strokes can feel calming. Stop if pain grows.'),
    author: author.id,
    techniques: [technique.id],
    disclaimers: [disclaimer.id],
  })
  return { article: article as Article, author, technique }
}

/** Changes the live title the way content changes: a draft, reviewed and published. */
export const publishTitle = async (payload: Payload, id: number, title: string) => {
  const publisher = await publisherFor(payload)
  await payload.update({ collection: 'articles', id, data: { title } as never, draft: true })
  await publisher.publish('articles', id)
}

/** Saves a forward draft: the live row keeps its title, the latest version gets `title`. */
export const saveDraftTitle = (payload: Payload, id: number, title: string) =>
  payload.update({ collection: 'articles', id, data: { title, _status: 'draft' } as any, draft: true })

/** A Lexical block node of the body editor (src/fields/richTextEditors.ts). */
export const blockNode = (fields: Record<string, unknown> & { blockType: string }) => ({
  type: 'block',
  fields: { id: `b${rand()}`, blockName: '', ...fields },
  format: '',
  version: 2,
})

/** A small PNG in the media collection. */
export const createImage = async (payload: Payload, alt: string) => {
  const data = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 20, g: 120, b: 90 } } })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt } as never,
    file: { data, mimetype: 'image/png', name: `delivery-${rand()}.png`, size: data.byteLength },
  })
}

/**
 * Two live articles, a live FAQ and disclaimer, two images, and a live article whose body shows
 * documents every way rich text can: a relationship node (the FAQ), an upload node (an image),
 * a technique callout block (the second article's technique, shown nowhere else) and an FAQ list
 * block. The site settings' default disclaimer is the disclaimer.
 */
export const createRichArticle = async (payload: Payload) => {
  const first = await createLiveArticle(payload)
  const second = await createLiveArticle(payload)
  const publisher = await publisherFor(payload)
  const faq = await publisher.createPublished('faqs', {
    question: `How long does a session last ${rand()}?`,
    answer: await richText(payload, 'Most sessions take about fifty minutes.'),
    relatedTechniques: [first.technique.id],
  })
  const disclaimer = await medicalDisclaimer(payload, publisher)
  const hero = await createImage(payload, 'A ball against a wall')
  const inline = await createImage(payload, 'A foam roller on a mat')
  const body = (await richText(payload, 'Roll slowly and stop if it hurts.')) as { root: { children: unknown[] } }
  body.root.children.push(
    { type: 'relationship', relationTo: 'faqs', value: faq.id, format: '', version: 2 },
    { type: 'upload', relationTo: 'media', value: inline.id, fields: null, format: '', version: 3 },
    blockNode({ blockType: 'techniqueCallout', technique: second.technique.id }),
    blockNode({ blockType: 'faqList', heading: 'More questions', faqs: [faq.id] }),
  )
  const rich = (await publisher.createPublished('articles', {
    title: `Rich relations ${rand()}`,
    excerpt: 'An article that shows other documents inside its body.',
    body,
    heroImage: hero.id,
    author: first.author.id,
    techniques: [first.technique.id],
    faqs: [faq.id],
    disclaimers: [disclaimer.id],
  })) as Article
  await payload.updateGlobal({ slug: 'site-settings', data: { defaultDisclaimers: [disclaimer.id] } as never })
  return { first, second, faq, disclaimer, hero, inline, rich }
}
