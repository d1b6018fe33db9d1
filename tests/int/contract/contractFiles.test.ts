/**
 * The committed contract files (schema.graphql, openapi.json) are what the config produces, and
 * the OpenAPI file describes every collection and every endpoint a frontend or tool calls.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { buildSchema } from 'graphql/index.js'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { contractFiles } from '@/contract/files'

import { getTestPayload } from '../../helpers/payload'

let payload: Payload
let files: Record<string, string>

beforeAll(async () => {
  payload = await getTestPayload()
  files = contractFiles(payload.config)
})

const committed = (name: string) => readFile(path.resolve(process.cwd(), name), 'utf8')

describe('contract files', () => {
  it.each(['schema.graphql', 'openapi.json'])('should have %s committed as the config generates it (run npm run generate:contract)', async (name) => {
    expect((await committed(name)) === files[name]).toBe(true)
  })

  it('should commit a GraphQL schema that parses and has no introspection-only gaps', async () => {
    const schema = buildSchema(await committed('schema.graphql'))
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toEqual(
      expect.arrayContaining(['Article', 'Articles', 'Technique', 'Techniques', 'Faqs', 'Therapists', 'Disclaimers', 'allMedia']),
    )
    expect(Object.keys(schema.getMutationType()?.getFields() ?? {})).toContain('workflowTransition')
  })

  it('should describe every collection and the custom endpoints in openapi.json', async () => {
    const openapi = JSON.parse(await committed('openapi.json'))
    const paths = Object.keys(openapi.paths)
    for (const collection of ['articles', 'techniques', 'faqs', 'therapists', 'disclaimers', 'media', 'users', 'workflow-events']) {
      expect(paths).toEqual(expect.arrayContaining([`/api/${collection}`, `/api/${collection}/{id}`, `/api/${collection}/count`]))
      expect(Object.keys(openapi.paths[`/api/${collection}`])).toEqual(expect.arrayContaining(['get', 'post']))
    }
    for (const collection of ['articles', 'techniques', 'faqs', 'therapists', 'disclaimers']) {
      expect(Object.keys(openapi.paths[`/api/${collection}/{id}/workflow`])).toEqual(['get', 'post'])
      expect(openapi.paths[`/api/${collection}/{id}/workflow/schedule`].post).toBeDefined()
    }
    for (const [route, method] of [
      ['/api/medical-claims/check', 'post'],
      ['/api/import', 'post'],
      ['/api/health', 'get'],
      ['/api/health/ready', 'get'],
      ['/api/search', 'get'],
      ['/api/changes', 'get'],
      ['/api/globals/site-settings', 'get'],
    ]) {
      expect(openapi.paths[route]?.[method], `${method} ${route}`).toBeDefined()
    }
    expect(paths.filter((route) => route.startsWith('/api/payload-'))).toEqual([])
  })

  it('should point every $ref of openapi.json at a component that exists', async () => {
    const text = await committed('openapi.json')
    const openapi = JSON.parse(text)
    const refs = [...text.matchAll(/"\$ref": "#\/components\/(\w+)\/([^"]+)"/g)]
    expect(refs.length).toBeGreaterThan(100)
    const missing = refs.filter(([, kind, name]) => !openapi.components[kind as string]?.[name as string]).map(([ref]) => ref)
    expect([...new Set(missing)]).toEqual([])
  })

  it('should list the same select values in openapi.json as the GraphQL schema and REST use', async () => {
    const openapi = JSON.parse(await committed('openapi.json'))
    expect(openapi.components.schemas.techniques.properties.category.enum).toEqual(expect.arrayContaining(['self-massage']))
    expect(await committed('schema.graphql')).not.toContain('self_massage')
  })
})
