import type { Where } from 'payload'

import { cachedRead, type SiteReader } from '@/site/read'

type Locale = 'en' | 'th'

/** Author and reviewer profiles with what a page shows of them (the bio is not in defaultPopulate). */
const PEOPLE = { therapists: { name: true, slug: true, headline: true, credentials: true, photo: true, bio: true } } as const

const findOne = async (reader: SiteReader, collection: 'articles' | 'techniques' | 'therapists', slug: string, locale: Locale) =>
  cachedRead(reader, [collection, 'bySlug', slug, locale], async () => {
    const { docs } = await reader.payload.find({
      collection,
      ...reader.readOptions,
      where: { slug: { equals: slug } } as Where,
      limit: 1,
      depth: 1,
      locale,
      populate: PEOPLE as never,
    })
    return docs[0] ?? null
  })

export const articleBySlug = (reader: SiteReader, slug: string, locale: Locale) =>
  findOne(reader, 'articles', slug, locale) as Promise<import('@/payload-types').Article | null>

export const techniqueBySlug = (reader: SiteReader, slug: string, locale: Locale) =>
  findOne(reader, 'techniques', slug, locale) as Promise<import('@/payload-types').Technique | null>

export const therapistBySlug = (reader: SiteReader, slug: string, locale: Locale) =>
  findOne(reader, 'therapists', slug, locale) as Promise<import('@/payload-types').Therapist | null>

export const listArticles = (reader: SiteReader, locale: Locale, where?: Where) =>
  cachedRead(reader, ['articles', 'list', locale, JSON.stringify(where ?? {})], async () => {
    const { docs } = await reader.payload.find({
      collection: 'articles',
      ...reader.readOptions,
      where,
      sort: '-publishedAt',
      limit: 50,
      depth: 1,
      locale,
      select: { title: true, slug: true, excerpt: true, heroImage: true, publishedAt: true, updatedAt: true },
    })
    return docs
  })

export const listTechniques = (reader: SiteReader, locale: Locale) =>
  cachedRead(reader, ['techniques', 'list', locale], async () => {
    const { docs } = await reader.payload.find({
      collection: 'techniques',
      ...reader.readOptions,
      sort: 'slug',
      limit: 100,
      depth: 0,
      locale,
      select: { name: true, slug: true, summary: true, category: true, pressure: true, updatedAt: true },
    })
    return docs
  })

export const listFaqs = (reader: SiteReader, locale: Locale) =>
  cachedRead(reader, ['faqs', 'list', locale], async () => {
    const { docs } = await reader.payload.find({
      collection: 'faqs',
      ...reader.readOptions,
      sort: 'order',
      limit: 100,
      depth: 1,
      locale,
    })
    return docs
  })

export const listTherapists = (reader: SiteReader, locale: Locale) =>
  cachedRead(reader, ['therapists', 'list', locale], async () => {
    const { docs } = await reader.payload.find({
      collection: 'therapists',
      ...reader.readOptions,
      limit: 100,
      depth: 0,
      locale,
      select: { name: true, slug: true, updatedAt: true },
    })
    return docs
  })
