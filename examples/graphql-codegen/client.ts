/**
 * A typed GraphQL client: plain fetch, operation text from operations.graphql, result types
 * generated from the committed schema.graphql (generated.ts).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { LatestArticlesQuery, LatestArticlesQueryVariables, SelfMassageTechniquesQuery } from './generated'

const operations = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'operations.graphql'), 'utf8')

export const createGraphqlClient = (endpoint: string, fetchImpl: typeof fetch = fetch) =>
  async <Result, Variables = Record<string, never>>(operationName: string, variables?: Variables): Promise<Result> => {
    const response = await fetchImpl(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: operations, operationName, variables }),
    })
    const body = (await response.json()) as { data?: Result; errors?: { message: string }[] }
    if (!response.ok || body.errors?.length) throw new Error(body.errors?.map((error) => error.message).join('; ') ?? response.statusText)
    return body.data as Result
  }

type Client = ReturnType<typeof createGraphqlClient>

export const latestArticles = async (client: Client, locale: LatestArticlesQueryVariables['locale'] = 'en') => {
  const data = await client<LatestArticlesQuery, LatestArticlesQueryVariables>('LatestArticles', { locale })
  return (data.Articles?.docs ?? []).map((article) => ({
    id: article.id,
    title: article.title ?? '',
    slug: article.slug ?? '',
    author: article.author?.name ?? '',
    topics: article.topics ?? [],
  }))
}

export const selfMassageTechniques = async (client: Client) => {
  const data = await client<SelfMassageTechniquesQuery>('SelfMassageTechniques')
  return (data.Techniques?.docs ?? []).map((technique) => ({ name: technique.name ?? '', category: technique.category }))
}
