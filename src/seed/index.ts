import { randomBytes } from 'node:crypto'
import type { CollectionSlug, Payload, Where } from 'payload'

import { markdownToLexical } from '@/lib/markdownToLexical'
import type { ContentCollectionSlug } from '@/lib/contentCollections'
import { runTransition } from '@/workflow/service'
import { slugify } from '@/lib/slugify'

import { articles } from './data/articles'
import { faqs } from './data/faqs'
import { DEMO_PASSWORD, disclaimers, therapists, users } from './data/people'
import { techniques } from './data/techniques'
import { thaiArticles, thaiDisclaimers, thaiFaqs, thaiTechniques, thaiTherapists } from './data/thai'
import { generateHeroImage } from './heroImage'

type Id = number

/** Seeding is idempotent: `npm run seed` on a seeded database updates rather than duplicates. */
const upsert = async (
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  data: Record<string, unknown>,
): Promise<Id> => {
  const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, draft: true })
  if (docs[0]) {
    const updated = await payload.update({ collection, id: docs[0].id, data, depth: 0 })
    return updated.id as Id
  }
  const created = await payload.create({ collection, data, depth: 0 })
  return created.id as Id
}

/** Thai wording of a seeded document (src/seed/data/thai.ts); English stays the default locale. */
const inThai = (payload: Payload, collection: CollectionSlug, id: Id, data: Record<string, unknown>) =>
  payload.update({ collection, id, locale: 'th', data, depth: 0 })

type Reviewable = { collection: ContentCollectionSlug; id: Id }

/**
 * Demo content goes live the way all content does: the demo editor submits it, the demo
 * reviewer approves it and the editor publishes it, each through the workflow service.
 */
const publishThroughWorkflow = async (payload: Payload, docs: Reviewable[]) => {
  const [editor, reviewer] = await Promise.all(
    ['editor@relief.test', 'reviewer@relief.test'].map(async (email) => {
      const { docs: found } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
      return found[0]
    }),
  )
  for (const { collection, id } of docs) {
    const current = await payload.findByID({ collection, id, draft: true, depth: 0 })
    if (current.workflowState === 'published') continue
    for (const [action, user] of [
      ['submit', editor],
      ['approve', reviewer],
      ['publish', editor],
    ] as const) {
      await runTransition(payload, { collection, id, action, user: user as never, isNotifying: false })
    }
  }
}

export const seed = async (payload: Payload) => {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Refusing to seed demo users and content with NODE_ENV=production.')
  }
  payload.logger.info('Seeding demo content…')
  const rich = (markdown: string) => markdownToLexical(payload, markdown)

  const toPublish: Reviewable[] = []
  const disclaimerIds: Record<string, Id> = {}
  for (const disclaimer of disclaimers) {
    disclaimerIds[disclaimer.kind] = await upsert(
      payload,
      'disclaimers',
      { title: { equals: disclaimer.title } },
      { ...disclaimer, body: await rich(disclaimer.body) },
    )
    const thai = thaiDisclaimers[disclaimer.kind]
    if (thai) {
      await inThai(payload, 'disclaimers', disclaimerIds[disclaimer.kind], { title: thai.title, body: await rich(thai.body) })
    }
    toPublish.push({ collection: 'disclaimers', id: disclaimerIds[disclaimer.kind] })
  }

  const techniqueIds: Record<string, Id> = {}
  for (const technique of techniques) {
    const slug = slugify(technique.name)
    techniqueIds[slug] = await upsert(
      payload,
      'techniques',
      { slug: { equals: slug } },
      {
        ...technique,
        slug,
        body: await rich(technique.body),
        precautions: await rich(technique.precautions),
        benefits: technique.benefits.map((benefit) => ({ benefit })),
      },
    )
    const thai = thaiTechniques[slug]
    if (thai) {
      // Benefit rows are shared across locales: the Thai wording goes into the same rows.
      const saved = await payload.findByID({ collection: 'techniques', id: techniqueIds[slug], depth: 0, draft: true })
      await inThai(payload, 'techniques', techniqueIds[slug], {
        name: thai.name,
        summary: thai.summary,
        body: await rich(thai.body),
        precautions: await rich(thai.precautions),
        benefits: (saved.benefits ?? []).map((row, i) => ({ id: row.id, benefit: thai.benefits[i] ?? row.benefit })),
      })
    }
    toPublish.push({ collection: 'techniques', id: techniqueIds[slug] })
  }

  const therapistIds: Record<string, Id> = {}
  for (const therapist of therapists) {
    const slug = slugify(therapist.name)
    therapistIds[slug] = await upsert(
      payload,
      'therapists',
      { slug: { equals: slug } },
      {
        ...therapist,
        slug,
        bio: await rich(therapist.bio),
        specialties: therapist.specialties.map((s) => techniqueIds[s]),
      },
    )
    const thai = thaiTherapists[slug]
    if (thai) await inThai(payload, 'therapists', therapistIds[slug], { headline: thai.headline, bio: await rich(thai.bio) })
    toPublish.push({ collection: 'therapists', id: therapistIds[slug] })
  }

  const faqIds: Id[] = []
  for (const [order, faq] of faqs.entries()) {
    const faqId = await upsert(
      payload,
      'faqs',
      { question: { equals: faq.question } },
      {
        question: faq.question,
        answer: await rich(faq.answer),
        topic: faq.topic,
        order,
        relatedTechniques: (faq.techniques ?? []).map((s) => techniqueIds[s]),
      },
    )
    const thai = thaiFaqs[order]
    if (thai) await inThai(payload, 'faqs', faqId, { question: thai.question, answer: await rich(thai.answer) })
    faqIds.push(faqId)
    toPublish.push({ collection: 'faqs', id: faqId })
  }

  for (const user of users) {
    const { therapist, ...rest } = user
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1 })
    const data = { ...rest, password: DEMO_PASSWORD, therapist: therapist ? therapistIds[therapist] : undefined }
    if (docs[0]) await payload.update({ collection: 'users', id: docs[0].id, data })
    else await payload.create({ collection: 'users', data })
  }

  for (const article of articles) {
    const slug = slugify(article.title)
    const { docs: existingMedia } = await payload.find({
      collection: 'media',
      where: { filename: { equals: `${slug}.jpg` } },
      limit: 1,
    })
    const heroImage =
      existingMedia[0]?.id ??
      (
        await payload.create({
          collection: 'media',
          data: { alt: `Abstract illustration for “${article.title}”` },
          file: await generateHeroImage(article.title, article.color).then((data) => ({
            data,
            mimetype: 'image/jpeg',
            name: `${slug}.jpg`,
            size: data.length,
          })),
        })
      ).id

    const techniqueRefs = article.techniques.map((s) => techniqueIds[s])
    const articleFaqs = article.faqs.map((i) => faqIds[i])
    const block = (fields: Record<string, unknown>) => ({
      type: 'block',
      version: 2,
      format: '',
      fields: { id: randomBytes(12).toString('hex'), blockName: '', ...fields },
    })
    /** The body in one language: its Markdown, then the four blocks with that language's wording. */
    const bodyOf = async (markdown: string, words: { callout?: string; note: string; faqHeading: string }) => {
      const state = await rich(markdown)
      const blockNodes = [
        ...(article.callout && words.callout ? [block({ blockType: 'callout', style: article.callout.style, text: words.callout })] : []),
        block({ blockType: 'techniqueCallout', technique: techniqueRefs[0], note: words.note }),
        block({ blockType: 'faqList', heading: words.faqHeading, faqs: articleFaqs }),
        // The medical notice sits inline; the field lists it too, and the page shows it once.
        block({ blockType: 'disclaimer', disclaimer: disclaimerIds.medical }),
      ]
      state.root.children.push(...(blockNodes as unknown as typeof state.root.children))
      return state
    }
    const body = await bodyOf(article.body, {
      callout: article.callout?.text,
      note: 'Ask your therapist whether this suits you.',
      faqHeading: 'Common questions',
    })

    const articleId = await upsert(
      payload,
      'articles',
      { slug: { equals: slug } },
      {
        title: article.title,
        slug,
        excerpt: article.excerpt,
        heroImage,
        body,
        author: therapistIds[article.author],
        techniques: techniqueRefs,
        faqs: articleFaqs,
        disclaimers: [disclaimerIds.medical, disclaimerIds.emergency],
        references: article.references ?? [],
        topics: article.topics,
        publishedAt: article.isPublished ? new Date().toISOString() : undefined,
      },
    )
    const thai = thaiArticles[slug]
    if (thai) {
      await inThai(payload, 'articles', articleId, {
        title: thai.title,
        excerpt: thai.excerpt,
        body: await bodyOf(thai.body, thai),
      })
    }
    if (article.isPublished) toPublish.push({ collection: 'articles', id: articleId })
  }

  await publishThroughWorkflow(payload, toPublish)

  await payload.updateGlobal({
    slug: 'site-settings',
    data: { reviewIntervalMonths: 12, defaultDisclaimers: [disclaimerIds.medical, disclaimerIds.emergency] },
  })
  payload.logger.info(
    `Seeded ${users.length} users, ${therapists.length} therapists, ${techniques.length} techniques, ` +
      `${faqs.length} FAQs, ${disclaimers.length} disclaimers, ${articles.length} articles. ` +
      `Sign in with ${users.map((u) => u.email).join(', ')} / ${DEMO_PASSWORD}`,
  )
}
