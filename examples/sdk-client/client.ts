/**
 * A typed REST client for Relief CMS with the official Payload SDK and the generated types
 * (src/payload-types.ts, copied or imported by your frontend). Reader types narrow the answers
 * to what the delivery API sends anonymous readers.
 */
import { PayloadSDK } from '@payloadcms/sdk'

import type { ReaderArticle } from '../../src/contract/readerTypes'
import type { Config } from '../../src/payload-types'

export type ArticleCard = { id: number; title: string; slug: string; author: string; authorHasBio: boolean; topics: string[] }

export const createClient = (baseURL: string, fetchImpl?: typeof fetch) =>
  new PayloadSDK<Config>({ baseURL, ...(fetchImpl ? { fetch: fetchImpl } : {}) })

/** The newest live articles with their author, as a listing page needs them. */
export const latestArticles = async (sdk: PayloadSDK<Config>, locale: 'en' | 'th' = 'en'): Promise<ArticleCard[]> => {
  const page = await sdk.find({ collection: 'articles', depth: 1, limit: 10, sort: '-publishedAt', locale })
  return (page.docs as unknown as ReaderArticle<1>[]).map((article) => ({
    id: article.id,
    title: article.title ?? '',
    slug: article.slug ?? '',
    author: article.author?.name ?? '',
    authorHasBio: Boolean(article.author?.bio),
    topics: article.topics ?? [],
  }))
}

/** Self-massage techniques: the select value is the same string in REST and GraphQL. */
export const selfMassageTechniques = async (sdk: PayloadSDK<Config>) => {
  const page = await sdk.find({ collection: 'techniques', depth: 0, limit: 100, where: { category: { equals: 'self-massage' } } })
  return page.docs.map((technique) => ({ name: technique.name ?? '', category: technique.category }))
}
