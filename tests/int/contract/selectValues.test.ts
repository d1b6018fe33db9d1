/**
 * Issue 11: a GraphQL client gets the same select values as a REST client (`self-massage`,
 * not `self_massage`), in answers, in where filters and in the schema it generates code from.
 */
import { configToSchema } from '@payloadcms/graphql'
import { GraphQLEnumType } from 'graphql/index.js'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { POST as graphqlRoute } from '@/app/(payload)/api/graphql/route'
import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'
import { CREDENTIAL_TYPES, DISCLAIMER_KINDS, PRESSURES, TARGET_AREAS, TECHNIQUE_CATEGORIES, TOPICS } from '@/lib/taxonomy'

import { type Api, createApi } from '../../helpers/api'
import { createUser, PASSWORD, richText } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'

let payload: Payload
let api: Api
let token: string

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  const editor = await createUser(payload, ['editor'])
  token = await api.login(editor.email, PASSWORD)
})

const graphql = async (query: string) => {
  const response = await graphqlRoute(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ query }),
    }),
  )
  const json = (await response.json()) as any
  expect(json.errors).toBeUndefined()
  return json.data
}

const create = async (collection: string, body: Record<string, unknown>) => {
  const response = await api.rest('POST', `/${collection}`, { token, body })
  expect(response.status).toBe(201)
  return response.json.doc.id as number
}

const restDoc = async (collection: string, id: number) => {
  const response = await api.rest('GET', `/${collection}/${id}?draft=true&depth=0`, { token })
  expect(response.status).toBe(200)
  return response.json
}

describe('select values in GraphQL', () => {
  it('should expose no enum whose GraphQL names differ from the values REST sends', () => {
    const { schema } = configToSchema(payload.config)
    const enums = Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLEnumType => type instanceof GraphQLEnumType && !type.name.startsWith('__'),
    )
    // Selects whose values are GraphQL names (pressure, workflow states) stay enums.
    expect(enums.map((type) => type.name)).toEqual(expect.arrayContaining(['Technique_pressure', 'Article_workflowState']))
    const lossy = enums
      .flatMap((type) => type.getValues().filter((value) => value.name !== value.value).map((value) => `${type.name}.${value.name}`))
    expect(lossy).toEqual([])
  })

  it('should answer every technique select value as REST does, and filter by it', async () => {
    const ids: number[] = []
    for (const [index, category] of TECHNIQUE_CATEGORIES.entries()) {
      ids.push(
        await create('techniques', {
          name: `Select check ${category}`,
          category,
          pressure: PRESSURES[index % PRESSURES.length],
          targetAreas: [...TARGET_AREAS],
          summary: 'A short summary.',
        }),
      )
    }
    for (const pressure of PRESSURES) {
      ids.push(await create('techniques', { name: `Pressure ${pressure}`, category: 'professional', pressure, summary: 'x' }))
    }
    for (const id of ids) {
      const rest = await restDoc('techniques', id)
      const data = await graphql(`{ Technique(id: ${id}, draft: true) { category pressure targetAreas } }`)
      expect(data.Technique).toEqual({ category: rest.category, pressure: rest.pressure, targetAreas: rest.targetAreas })
    }
    const filtered = await graphql(
      '{ Techniques(draft: true, where: { category: { equals: "self-massage" }, targetAreas: { in: ["lower-back"] } }) { docs { id category } } }',
    )
    expect(filtered.Techniques.docs).toEqual([{ id: ids[1], category: 'self-massage' }])
  })

  it('should answer article topics, FAQ topics, disclaimer kinds and credential types as REST does', async () => {
    const articleId = await create('articles', { title: 'Topics check', topics: [...TOPICS] })
    const faqIds = []
    for (const topic of TOPICS) {
      faqIds.push(await create('faqs', { question: `About ${topic}?`, answer: await richText(payload, 'An answer.'), topic }))
    }
    const disclaimerIds = []
    for (const kind of DISCLAIMER_KINDS) {
      disclaimerIds.push(
        await create('disclaimers', { title: `Kind ${kind}`, kind, body: await richText(payload, 'A notice.'), appliesTo: [...CONTENT_COLLECTIONS] }),
      )
    }
    const therapistId = await create('therapists', {
      name: 'Select check therapist',
      credentials: CREDENTIAL_TYPES.map((type) => ({ type, licenseNumber: `${type}-1` })),
    })

    const article = await graphql(`{ Article(id: ${articleId}, draft: true) { topics } }`)
    expect(article.Article.topics).toEqual((await restDoc('articles', articleId)).topics)
    expect(article.Article.topics).toEqual([...TOPICS])
    for (const id of faqIds) {
      const data = await graphql(`{ Faq(id: ${id}, draft: true) { topic } }`)
      expect(data.Faq.topic).toBe((await restDoc('faqs', id)).topic)
    }
    for (const id of disclaimerIds) {
      const data = await graphql(`{ Disclaimer(id: ${id}, draft: true) { kind appliesTo } }`)
      const rest = await restDoc('disclaimers', id)
      expect(data.Disclaimer).toEqual({ kind: rest.kind, appliesTo: rest.appliesTo })
    }
    const therapist = await graphql(`{ Therapist(id: ${therapistId}, draft: true) { credentials { type } } }`)
    const rest = await restDoc('therapists', therapistId)
    expect(therapist.Therapist.credentials.map((row: { type: string }) => row.type)).toEqual(
      rest.credentials.map((row: { type: string }) => row.type),
    )
  })
})
